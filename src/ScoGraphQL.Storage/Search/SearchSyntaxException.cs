namespace ScoGraphQL.Storage.Search;

/// <summary>A search query that is not valid query syntax; the message says what is wrong, for the user.</summary>
public sealed class SearchSyntaxException(string message, Exception? innerException = null) : Exception(message, innerException);
