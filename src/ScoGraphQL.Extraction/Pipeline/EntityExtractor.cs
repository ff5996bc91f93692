using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Turns a parsed release into its entities, mentions and relations. Pure: text in, entities out.
/// An ordered list of small recognisers over one <see cref="ReleaseDocument"/> (spaCy's pipeline), then
/// resolution and relations. Thread-safe: the knowledge base is read-only and loaded once.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly IRecogniser[] Pipeline =
    [
        new OrganizationRecogniser(),
        new CountryRecogniser(),
        new PersonRecogniser(),
        new DocumentRecogniser(),
        new PersonResolver(),
        new PlaceRecogniser(),
        new EventRecogniser(),
        new TopicRecogniser(),
        new RelationBuilder(),
        new MisspellingDetector(),
    ];

    public ExtractionResult Extract(ParsedRelease release) => Extract(release, NoKnownEntities.Instance);

    /// <summary>Extracts with what the corpus already knows, so "Mr Norov" alone resolves to Vladimir Norov.</summary>
    public ExtractionResult Extract(ParsedRelease release, IKnownEntities known)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(known);
        var document = new ReleaseDocument(release, known);
        foreach (var recogniser in Pipeline) recogniser.Apply(document);
        var entities = document.Entities.OrderBy(e => e.FirstSeen).Select(e => e.ToEntity()).ToList();
        var primary = entities.FirstOrDefault(e => e.IsPrimary);
        return new ExtractionResult
        {
            Entities = entities,
            References = ReferencedEntities.For(entities),
            Mentions = document.Mentions.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList(),
            Roles = document.Roles.ToList(),
            Warnings = document.Warnings.ToList(),
            EventDate = primary?.StartDate?.Date ?? release.EventDate,
        };
    }
}
