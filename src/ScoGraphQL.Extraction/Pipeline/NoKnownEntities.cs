using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Knows nothing: a release is resolved on its own.</summary>
public sealed class NoKnownEntities : IKnownEntities
{
    public static NoKnownEntities Instance { get; } = new();

    public string? PersonBySurname(string surname) => null;

    public string? CanonicalName(EntityKind kind, string alias) => null;
}
