namespace ScoGraphQL.Extraction.Model;

/// <summary>The small knowledge graph of one release.</summary>
public sealed record ExtractionResult
{
    public IReadOnlyList<ExtractedEntity> Entities { get; init; } = [];
    public IReadOnlyList<ExtractedMention> Mentions { get; init; } = [];
    public IReadOnlyList<ExtractedRole> Roles { get; init; } = [];
    public IReadOnlyList<DataQualityWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Entities the release refers to without naming them (a city's country, a body's parent), described from the
    /// knowledge base so links resolve; they are not mentions of the release.
    /// </summary>
    public IReadOnlyList<ExtractedEntity> References { get; init; } = [];

    /// <summary>Start date of the primary event, when extraction found one.</summary>
    public DateOnly? EventDate { get; init; }

    public static ExtractionResult Empty { get; } = new();
}
