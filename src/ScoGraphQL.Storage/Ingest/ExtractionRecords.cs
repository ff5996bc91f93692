using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>What one release contributes to the corpus graph, in stored form.</summary>
public sealed record ExtractionRecords(
    IReadOnlyList<EntityFactRecord> Facts,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<RoleRecord> Roles)
{
    /// <summary>The entities the release mentions (not those it only refers to).</summary>
    public IReadOnlyList<string> EntityIds => Facts.Where(f => !f.Referenced).Select(f => f.EntityId).ToList();

    public IReadOnlyList<string> AllEntityIds => Facts.Select(f => f.EntityId).ToList();

    public static ExtractionRecords From(string releaseId, ExtractionResult extraction)
    {
        var mentioned = extraction.Entities.Select(e => (Entity: e, Referenced: false));
        var referenced = extraction.References.Where(r => extraction.Entities.All(e => e.Key != r.Key)).Select(e => (Entity: e, Referenced: true));
        var facts = mentioned.Concat(referenced)
            .GroupBy(x => x.Entity.Key)
            .Select(g => new EntityFactRecord
            {
                Id = $"{releaseId}|{g.Key}",
                ReleaseId = releaseId,
                EntityId = g.Key,
                Referenced = g.All(x => x.Referenced),
                Entity = EntityMerger.Merge(g.Key, g.Select(x => ToRecord(x.Entity)).ToList()),
            })
            .ToList();
        var mentions = extraction.Mentions.Select(m => new MentionRecord
        {
            ReleaseId = releaseId,
            EntityId = m.EntityKey,
            Paragraph = m.Paragraph,
            Start = m.Start,
            End = m.End,
            Text = m.Text,
        }).ToList();
        var roles = extraction.Roles
            .DistinctBy(r => (r.PersonKey, r.Title))
            .Select(r => new RoleRecord
            {
                PersonId = r.PersonKey,
                ReleaseId = releaseId,
                Title = r.Title,
                OrganizationId = r.OrganizationKey,
                CountryId = r.CountryKey,
            }).ToList();
        return new ExtractionRecords(facts, mentions, roles);
    }

    private static EntityRecord ToRecord(ExtractedEntity e) => new()
    {
        Id = e.Key,
        Kind = e.Kind,
        Name = e.Name,
        Aliases = [.. e.Aliases],
        Acronyms = [.. e.Acronyms],
        ParentId = e.ParentKey,
        IsoCode = e.IsoCode,
        CountryId = e.CountryKey,
        StartDate = ReleaseRecords.ToDateTime(e.StartDate?.Date),
        StartDatePrecision = e.StartDate?.Precision,
        EndDate = ReleaseRecords.ToDateTime(e.EndDate?.Date),
        EndDatePrecision = e.EndDate?.Precision,
        PlaceId = e.PlaceKey,
        Format = e.Format,
        ParticipantIds = [.. e.ParticipantKeys],
        DocumentIds = [.. e.DocumentKeys],
        DocumentKind = e.DocumentKind,
        Number = e.Number,
        Date = ReleaseRecords.ToDateTime(e.Date?.Date),
        DatePrecision = e.Date?.Precision,
        AdoptedAtId = e.AdoptedAtKey,
    };
}
