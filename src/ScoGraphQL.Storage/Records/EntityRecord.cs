using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Storage.Records;

/// <summary>
/// One entity of the corpus, derived from every release's <see cref="EntityFactRecord"/> for its key
/// plus curation. <see cref="Id"/> is the corpus-wide key (<see cref="EntityKeys"/>).
/// </summary>
public sealed class EntityRecord
{
    public string Id { get; set; } = "";
    public EntityKind Kind { get; set; }
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public int MentionCount { get; set; }
    public int ReleaseCount { get; set; }
    /// <summary>Set by curation: the entity stays even when no release mentions it.</summary>
    public bool Curated { get; set; }

    /// <summary>Person: each distinct title the releases state, with the first release that states it.</summary>
    public List<RoleRecord> Titles { get; set; } = [];

    public List<string> Acronyms { get; set; } = [];
    public string? ParentId { get; set; }
    public string? IsoCode { get; set; }
    public string? CountryId { get; set; }

    public DateTime? StartDate { get; set; }
    public DatePrecision? StartDatePrecision { get; set; }
    public DateTime? EndDate { get; set; }
    public DatePrecision? EndDatePrecision { get; set; }
    public string? PlaceId { get; set; }
    public EventFormat Format { get; set; }
    public List<string> ParticipantIds { get; set; } = [];
    public List<string> DocumentIds { get; set; } = [];

    public DocumentKind? DocumentKind { get; set; }
    public string? Number { get; set; }
    public DateTime? Date { get; set; }
    public DatePrecision? DatePrecision { get; set; }
    public string? AdoptedAtId { get; set; }

    /// <summary>
    /// A copy that shares nothing a caller could change: scalars by value (a property added later is copied too), and
    /// new lists. Far cheaper than mapping the stored document again.
    /// </summary>
    public EntityRecord Copy()
    {
        var copy = (EntityRecord)MemberwiseClone();
        copy.Aliases = [.. Aliases];
        copy.Titles = Titles.ConvertAll(title => title.Copy());
        copy.Acronyms = [.. Acronyms];
        copy.ParticipantIds = [.. ParticipantIds];
        copy.DocumentIds = [.. DocumentIds];
        return copy;
    }
}
