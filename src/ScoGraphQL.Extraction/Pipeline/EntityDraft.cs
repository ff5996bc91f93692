using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>An entity while recognisers still add to it; becomes an <see cref="ExtractedEntity"/> at the end.</summary>
internal sealed class EntityDraft(string key, EntityKind kind, string name)
{
    private readonly List<string> _aliases = [];
    private readonly List<string> _acronyms = [];
    private readonly HashSet<string> _foldedForms = new(StringComparer.Ordinal) { EntityKeys.Fold(name) };

    public string Key { get; } = key;
    public EntityKind Kind { get; } = kind;
    public string Name { get; } = name;
    public IReadOnlyList<string> Aliases => _aliases;
    public IReadOnlyList<string> Acronyms => _acronyms;
    public string? ParentKey { get; set; }
    public string? IsoCode { get; set; }
    public string? CountryKey { get; set; }
    public PartialDate? StartDate { get; set; }
    public PartialDate? EndDate { get; set; }
    public string? PlaceKey { get; set; }
    public EventFormat Format { get; set; }
    public List<string> ParticipantKeys { get; } = [];
    public List<string> DocumentKeys { get; } = [];
    public bool IsPrimary { get; set; }
    public DocumentKind? DocumentKind { get; set; }
    public string? Number { get; set; }
    public PartialDate? Date { get; set; }
    public string? AdoptedAtKey { get; set; }

    /// <summary>The word class that made an event ("meeting", "forum" …), so a later reference can tell a summit from a forum.</summary>
    public string? EventLabel { get; set; }

    /// <summary>Where the entity is first seen, so the result lists entities in reading order.</summary>
    public (int Paragraph, int Start) FirstSeen { get; set; } = (int.MaxValue, int.MaxValue);

    public void AddAlias(string surface)
    {
        if (surface == Name) return;
        var clean = Text.Collapse(surface);
        var folded = EntityKeys.Fold(clean);
        if (folded.Length == 0 || _acronyms.Contains(clean, StringComparer.Ordinal) || !_foldedForms.Add(folded)) return;
        _aliases.Add(clean);
    }

    public void AddAcronym(string acronym)
    {
        if (!_acronyms.Contains(acronym, StringComparer.Ordinal)) _acronyms.Add(acronym);
        _aliases.RemoveAll(a => a == acronym);
    }

    public void AddParticipant(string key)
    {
        if (key != Key && !ParticipantKeys.Contains(key)) ParticipantKeys.Add(key);
    }

    public ExtractedEntity ToEntity() => new(Key, Kind, Name)
    {
        Aliases = [.. _aliases],
        Acronyms = [.. _acronyms],
        ParentKey = ParentKey,
        IsoCode = IsoCode,
        CountryKey = CountryKey,
        StartDate = StartDate,
        EndDate = EndDate,
        PlaceKey = PlaceKey,
        Format = Format,
        ParticipantKeys = [.. ParticipantKeys],
        DocumentKeys = [.. DocumentKeys],
        IsPrimary = IsPrimary,
        DocumentKind = DocumentKind,
        Number = Number,
        Date = Date,
        AdoptedAtKey = AdoptedAtKey,
    };
}
