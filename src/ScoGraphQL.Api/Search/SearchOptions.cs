namespace ScoGraphQL.Api.Search;

/// <summary><c>Search:*</c> settings.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The Lucene index folder. Default: beside the LiteDB file, named after it plus <c>.search</c>.</summary>
    public string? Path { get; set; }
}
