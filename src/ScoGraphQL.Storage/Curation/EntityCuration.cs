namespace ScoGraphQL.Storage.Curation;

/// <summary>A curator's change to one entity; a null part is left as it is.</summary>
public sealed record EntityCuration(string? Name, IReadOnlyList<string>? Aliases);
