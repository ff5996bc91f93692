namespace ScoGraphQL.Extraction.Parsing;

/// <summary>The text cannot be read as a release (for example it is empty). The message is for the user.</summary>
public sealed class ReleaseFormatException(string message) : Exception(message);
