namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>A release's headline and, when the site gives one, its Russian counterpart.</summary>
public sealed record Headlines(string English, string? Russian);
