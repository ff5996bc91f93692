namespace ScoGraphQL.Storage.Search;

/// <summary>The index's field names; <see cref="Title"/> and <see cref="Body"/> are also what users may name in a query.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";

    /// <summary>Hash of the indexed text, to tell whether the indexed version is the stored one.</summary>
    public const string Stamp = "stamp";
}
