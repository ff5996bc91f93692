using ScoGraphQL.Extraction.Knowledge;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// The release as the recognisers see it (spaCy's Doc): paragraphs with tokens, dates and claimed spans, plus the
/// entities, mentions, roles and warnings found so far.
/// </summary>
internal sealed class ReleaseDocument
{
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind, string), string> _keys = [];

    public ReleaseDocument(ParsedRelease release, IKnownEntities known)
    {
        Release = release;
        Known = known;
        Paragraphs = release.Paragraphs.Select((p, i) => new Paragraph(i, p)).ToList();
        Title = new Paragraph(-1, release.Title);
    }

    public ParsedRelease Release { get; }
    public IKnownEntities Known { get; }
    public KnowledgeBase Kb => KnowledgeBase.Instance;
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The headline, read for role references only (mentions are offsets into paragraphs).</summary>
    public Paragraph Title { get; }

    public IEnumerable<EntityDraft> Entities => _entities.Values;
    public List<ExtractedMention> Mentions { get; } = [];
    public List<ExtractedRole> Roles { get; } = [];
    public List<RoleReference> RoleReferences { get; } = [];
    public List<HeldTitle> PersonTitles { get; } = [];

    /// <summary>Documents from a numbered list of adopted documents.</summary>
    public HashSet<string> ListedDocuments { get; } = new(StringComparer.Ordinal);

    /// <summary>"Mr Norov": honorific and surname, resolved once every full name is known.</summary>
    public List<(Paragraph Paragraph, int Start, int End)> PendingSurnames { get; } = [];
    public List<DataQualityWarning> Warnings { get; } = [];

    /// <summary>"held at the SCO Secretariat in Beijing": the city of a venue body, by organisation key, for later events held there.</summary>
    public Dictionary<string, EntityDraft> VenueCities { get; } = new(StringComparer.Ordinal);

    /// <summary>Topics a body's mandate implies (UNODC: drug trafficking), by organisation key.</summary>
    public Dictionary<string, IReadOnlyList<string>> ImpliedTopics { get; } = new(StringComparer.Ordinal);

    /// <summary>The date relative expressions ("last November", "this year") are read against.</summary>
    public DateOnly? Reference { get; set; }

    public EntityDraft Entity(EntityKind kind, string canonicalName)
    {
        if (!_keys.TryGetValue((kind, canonicalName), out var key)) _keys[(kind, canonicalName)] = key = EntityKeys.For(kind, Text.Collapse(canonicalName));
        if (!_entities.TryGetValue(key, out var draft)) _entities[key] = draft = new EntityDraft(key, kind, Text.Collapse(canonicalName));
        return draft;
    }

    public EntityDraft? Find(string key) => _entities.GetValueOrDefault(key);

    public void Remove(EntityDraft draft)
    {
        _entities.Remove(draft.Key);
        Mentions.RemoveAll(m => m.EntityKey == draft.Key);
    }

    /// <summary>
    /// Takes back a claim a longer reading overrides, with its mention; an entity left with no mention goes too.
    /// </summary>
    public void Withdraw(Paragraph paragraph, Claim claim)
    {
        paragraph.Claims.Remove(claim);
        if (claim.Entity is not { } entity) return;
        var start = paragraph.Tokens[claim.StartToken].Start;
        Mentions.RemoveAll(m => m.EntityKey == entity.Key && m.Paragraph == paragraph.Index && m.Start == start);
        if (!Mentions.Any(m => m.EntityKey == entity.Key)) Remove(entity);
    }

    /// <summary>Records an occurrence (token range of a paragraph) and its surface form as an alias.</summary>
    public void Mention(EntityDraft draft, Paragraph paragraph, int startToken, int endToken, bool asAlias = true)
    {
        var start = paragraph.Tokens[startToken].Start;
        var end = paragraph.Tokens[endToken - 1].End;
        MentionChars(draft, paragraph, start, end, asAlias);
    }

    public void MentionChars(EntityDraft draft, Paragraph paragraph, int start, int end, bool asAlias = true)
    {
        var surface = paragraph.Original[start..end];
        if (asAlias) draft.AddAlias(surface);
        if (paragraph.Index < 0) return;
        if (draft.FirstSeen.CompareTo((paragraph.Index, start)) > 0) draft.FirstSeen = (paragraph.Index, start);
        // One occurrence, one mention: a shorter wording inside a longer one of the same entity is not another.
        if (Mentions.Any(m => m.EntityKey == draft.Key && m.Paragraph == paragraph.Index && m.Start <= start && m.End >= end)) return;
        Mentions.RemoveAll(m => m.EntityKey == draft.Key && m.Paragraph == paragraph.Index && m.Start >= start && m.End <= end);
        Mentions.Add(new ExtractedMention(draft.Key, paragraph.Index, start, end, surface));
    }

    /// <summary>Moves everything recorded for <paramref name="from"/> onto <paramref name="into"/>.</summary>
    public void Merge(EntityDraft from, EntityDraft into)
    {
        if (from == into) return;
        into.AddAlias(from.Name);
        foreach (var alias in from.Aliases) into.AddAlias(alias);
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (Mentions[i].EntityKey == from.Key) Mentions[i] = Mentions[i] with { EntityKey = into.Key };
        }
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i].PersonKey == from.Key) Roles[i] = Roles[i] with { PersonKey = into.Key };
        }
        if (into.FirstSeen.CompareTo(from.FirstSeen) > 0) into.FirstSeen = from.FirstSeen;
        _entities.Remove(from.Key);
    }
}
