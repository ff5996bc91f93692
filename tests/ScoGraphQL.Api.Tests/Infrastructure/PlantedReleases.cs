using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Ingest;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// Releases with a hand-made extraction, written through the store as seeding and importing write them. Tests
/// about entities use these, so they do not depend on what the extractor of the day finds.
/// </summary>
public static class PlantedReleases
{
    public const string A = "planted-a";
    public const string B = "planted-b";

    public static readonly ExtractedEntity Norov = Person("Vladimir Norov");
    public static readonly ExtractedEntity NorovInitial = Person("V. Norov");
    public static readonly ExtractedEntity Sco = new(EntityKeys.For(EntityKind.Organization, "Shanghai Cooperation Organisation"), EntityKind.Organization, "Shanghai Cooperation Organisation") { Acronyms = ["SCO"] };
    public static readonly ExtractedEntity Uzbekistan = new(EntityKeys.For(EntityKind.Country, "Uzbekistan"), EntityKind.Country, "Uzbekistan") { IsoCode = "UZ" };
    public static readonly ExtractedEntity Meeting = new(EntityKeys.For(EntityKind.Event, "Tashkent meeting"), EntityKind.Event, "Tashkent meeting")
    {
        ParticipantKeys = [NorovInitial.Key, Sco.Key],
        StartDate = PartialDate.Day(2021, 5, 12),
    };

    public static string TextA => "V. Norov meets Uzbekistan in Tashkent\n\nSCO Secretary-General V. Norov met officials of Uzbekistan at the Tashkent meeting.";

    public static string TextB => "Vladimir Norov speaks\n\nVladimir Norov spoke about the Shanghai Cooperation Organisation.";

    /// <summary>What "the extractor" finds in <see cref="TextA"/>: always the same, as a deterministic extractor would.</summary>
    public static ExtractionResult ExtractionA => new()
    {
        Entities = [NorovInitial, Sco, Uzbekistan, Meeting],
        Mentions =
        [
            new(NorovInitial.Key, 0, 24, 32, "V. Norov"),
            new(Uzbekistan.Key, 0, 50, 60, "Uzbekistan"),
            new(Meeting.Key, 0, 68, 84, "Tashkent meeting"),
        ],
        Roles = [new(NorovInitial.Key, "SCO Secretary-General", Sco.Key)],
    };

    public static ExtractionResult ExtractionB => new()
    {
        Entities = [Norov, Sco],
        Mentions = [new(Norov.Key, 0, 0, 14, "Vladimir Norov"), new(Sco.Key, 0, 31, 64, "Shanghai Cooperation Organisation")],
        Roles = [new(Norov.Key, "Secretary-General", Sco.Key)],
    };

    public static ReleaseWrite WriteA() => Write(A, TextA, ExtractionA);

    public static ReleaseWrite WriteB() => Write(B, TextB, ExtractionB);

    /// <summary>Both planted releases, through the seeding path.</summary>
    public static Task PlantAsync(ICorpusStore store) => store.SaveReleasesAsync([WriteA(), WriteB()]);

    public static ReleaseWrite Write(string slug, string text, ExtractionResult extraction) =>
        new(ReleaseRecords.From(new ReleaseParser().Parse(text), extraction, slug, slug + ".txt", DateTime.UtcNow), extraction);

    private static ExtractedEntity Person(string name) => new(EntityKeys.For(EntityKind.Person, name), EntityKind.Person, name);
}
