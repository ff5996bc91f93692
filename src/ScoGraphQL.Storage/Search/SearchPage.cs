namespace ScoGraphQL.Storage.Search;

/// <summary>One page of search hits, best first, and how many releases match in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int TotalCount);
