namespace ScoGraphQL.Storage.Search;

/// <summary>A matching release: its id, the relevance score (BM25) and an HTML-safe snippet with <c>&lt;mark&gt;</c>ed terms.</summary>
public sealed record SearchHit(string ReleaseId, double Score, string Snippet);
