using System.Collections;
using System.Security.Cryptography;
using System.Text;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Tests.Infrastructure;

/// <summary>
/// A small hand-made corpus with known answers: three releases (alpha, beta, gamma) that share a person, an
/// organisation and a country, with an event, its place and a document. Every call builds fresh objects.
/// </summary>
public static class SampleCorpus
{
    public const string Sco = "organization:sco";
    public const string Secretariat = "organization:sco-secretariat";
    public const string Norov = "person:vladimir-norov";
    public const string Russia = "country:russia";
    public const string Moscow = "place:moscow";
    public const string Summit = "event:moscow-summit";
    public const string Declaration = "document:moscow-declaration";

    public const string Alpha = "r-alpha";
    public const string Beta = "r-beta";
    public const string Gamma = "r-gamma";

    public static ExtractedEntity ScoEntity => new(Sco, EntityKind.Organization, "Shanghai Cooperation Organisation") { Aliases = ["SCO"], Acronyms = ["SCO"] };
    public static ExtractedEntity SecretariatEntity => new(Secretariat, EntityKind.Organization, "SCO Secretariat") { ParentKey = Sco };
    public static ExtractedEntity NorovEntity(string name = "Vladimir Norov") => new(Norov, EntityKind.Person, name);
    public static ExtractedEntity RussiaEntity => new(Russia, EntityKind.Country, "Russia") { IsoCode = "RU" };
    public static ExtractedEntity MoscowEntity => new(Moscow, EntityKind.Place, "Moscow") { CountryKey = Russia };
    public static ExtractedEntity SummitEntity => new(Summit, EntityKind.Event, "Moscow Summit")
    {
        StartDate = PartialDate.Day(2020, 11, 10), PlaceKey = Moscow, Format = EventFormat.Online, ParticipantKeys = [Norov, Russia], DocumentKeys = [Declaration], IsPrimary = true,
    };
    public static ExtractedEntity DeclarationEntity => new(Declaration, EntityKind.Document, "Moscow Declaration") { DocumentKind = DocumentKind.Declaration, AdoptedAtKey = Summit };

    public static ReleaseWrite AlphaRelease() => Release(Alpha, "Alpha summit held in Moscow",
        ["The Moscow Declaration was adopted at the summit in Moscow.", "Vladimir Norov of the SCO spoke about Russia."],
        published: new DateTime(2020, 11, 10, 9, 30, 0, DateTimeKind.Utc),
        entities: [ScoEntity, NorovEntity(), RussiaEntity, MoscowEntity, SummitEntity, DeclarationEntity],
        roles: [new ExtractedRole(Norov, "SCO Secretary-General", Sco)]);

    public static ReleaseWrite BetaRelease() => Release(Beta, "Beta consultations",
        ["Mr Norov met the staff of the SCO Secretariat.", "The SCO welcomed the consultations."],
        published: new DateTime(2021, 5, 17, 12, 0, 0, DateTimeKind.Utc),
        entities: [ScoEntity, NorovEntity("Mr Norov"), SecretariatEntity],
        roles: [new ExtractedRole(Norov, "SCO Secretary-General", Sco), new ExtractedRole(Norov, "Head of the Secretariat", Secretariat)]);

    public static ReleaseWrite GammaRelease() => Release(Gamma, "gamma report on trade",
        ["Russia hosted a long meeting on trade and transport corridors across the region."],
        eventDate: new DateTime(2021, 2, 1, 0, 0, 0, DateTimeKind.Utc),
        entities: [RussiaEntity]);

    public static IReadOnlyList<ReleaseWrite> All() => [AlphaRelease(), BetaRelease(), GammaRelease()];

    /// <summary>
    /// A release whose extraction throws while the store reads it: stored in a batch after others, it makes the
    /// write fail half-way, so a test can check that nothing of the batch was kept.
    /// </summary>
    public static ReleaseWrite Exploding(string id = "r-exploding")
    {
        var write = Release(id, "Exploding", ["Never stored."], entities: []);
        return write with { Extraction = write.Extraction with { Entities = new ExplodingList<ExtractedEntity>() } };
    }

    /// <summary>
    /// A release as seeding would store it: paragraphs, a checksum of the text, one mention of each entity at the first
    /// paragraph where its name occurs (else at the start of the first).
    /// </summary>
    public static ReleaseWrite Release(string id, string title, IReadOnlyList<string> paragraphs, IReadOnlyList<ExtractedEntity> entities,
        DateTime? published = null, DateTime? eventDate = null, IReadOnlyList<ExtractedRole>? roles = null,
        IReadOnlyList<ExtractedEntity>? references = null)
    {
        var body = string.Join("\n\n", paragraphs);
        var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var release = new ReleaseRecord
        {
            Id = id,
            SourceFile = id + ".txt",
            Title = title,
            AlternateTitles = [new AlternateTitleRecord { Text = title.ToUpperInvariant(), Language = "ru" }],
            PublishedAt = published,
            EventDate = eventDate,
            Paragraphs = [.. paragraphs],
            Body = body,
            WordCount = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            Checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + body))).ToLowerInvariant(),
            ExtractionVersion = ExtractionVersion.Current,
            Warnings = [new WarningRecord { Code = "sample", Message = "A sample warning.", Paragraph = 0, Text = paragraphs[0] }],
            CreatedAt = now,
            UpdatedAt = now,
        };
        var mentions = entities.Select(e =>
        {
            var paragraph = Math.Max(0, paragraphs.ToList().FindIndex(p => p.Contains(e.Name, StringComparison.Ordinal)));
            var start = Math.Max(0, paragraphs[paragraph].IndexOf(e.Name, StringComparison.Ordinal));
            var end = Math.Min(paragraphs[paragraph].Length, start + e.Name.Length);
            return new ExtractedMention(e.Key, paragraph, start, end, paragraphs[paragraph][start..end]);
        }).ToList();
        var extraction = new ExtractionResult
        {
            Entities = entities,
            Mentions = mentions,
            Roles = roles ?? [],
            References = references ?? [],
            EventDate = eventDate is { } d ? DateOnly.FromDateTime(d) : null,
        };
        return new ReleaseWrite(release, extraction);
    }

    private sealed class ExplodingList<T> : IReadOnlyList<T>
    {
        public T this[int index] => throw new InvalidOperationException("The extraction failed while being stored (planted by the test).");
        public int Count => 1;
        public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException("The extraction failed while being stored (planted by the test).");
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
