namespace ScoGraphQL.Extraction.Model;

/// <summary>
/// One real-world thing found in a release. <see cref="Key"/> identifies it across the whole corpus
/// (see <see cref="EntityKeys"/>): two releases that name the same thing produce the same key.
/// Kind-specific facts are null/empty for other kinds.
/// </summary>
public sealed record ExtractedEntity(string Key, EntityKind Kind, string Name)
{
    /// <summary>Every other surface form seen for it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    // Organization
    public IReadOnlyList<string> Acronyms { get; init; } = [];
    public string? ParentKey { get; init; }

    // Country: ISO 3166-1 alpha-2
    public string? IsoCode { get; init; }

    // Place
    public string? CountryKey { get; init; }

    // Event
    public PartialDate? StartDate { get; init; }
    public PartialDate? EndDate { get; init; }
    public string? PlaceKey { get; init; }
    public EventFormat Format { get; init; }
    public IReadOnlyList<string> ParticipantKeys { get; init; } = [];
    public IReadOnlyList<string> DocumentKeys { get; init; } = [];
    /// <summary>The main event the release reports (one per release at most).</summary>
    public bool IsPrimary { get; init; }

    // Document
    public DocumentKind? DocumentKind { get; init; }
    public string? Number { get; init; }
    public PartialDate? Date { get; init; }
    public string? AdoptedAtKey { get; init; }
}
