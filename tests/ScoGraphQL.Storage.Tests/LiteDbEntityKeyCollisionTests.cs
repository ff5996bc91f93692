using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using static ScoGraphQL.Storage.Tests.Infrastructure.SampleCorpus;

namespace ScoGraphQL.Storage.Tests;

/// <summary>
/// The LiteDB store finds an entity's releases by a 32-bit hash of its id; two ids with the same hash must still each
/// get only their own releases.
/// </summary>
public sealed class LiteDbEntityKeyCollisionTests : IDisposable
{
    // Two invented ids whose FNV-1a hashes are equal (found by counting through the numbers).
    private const string First = "person:delegate-1039599";
    private const string Second = "person:delegate-1222382";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scographql-litedb-collision-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_two_ids_share_a_hash() => Assert.Equal(EntityKeyHashOf(First), EntityKeyHashOf(Second));

    [Fact]
    public async Task Entities_whose_ids_share_a_hash_each_get_only_their_own_releases()
    {
        using var store = new LiteDbCorpusStore(Path.Combine(_folder.FullName, "sco.db"));
        await store.SaveReleasesAsync(Releases());

        var pages = await store.GetReleaseIdsByEntityAsync([First, Second], new PageRequest());

        Assert.Equal(["r-first-new", "r-both", "r-first-old"], pages[First].Items);
        Assert.Equal(["r-second", "r-both"], pages[Second].Items);
        Assert.Equal(3, pages[First].TotalCount);
    }

    [Fact]
    public async Task Entities_whose_ids_share_a_hash_each_get_only_their_own_mentions()
    {
        using var store = new LiteDbCorpusStore(Path.Combine(_folder.FullName, "sco.db"));
        await store.SaveReleasesAsync(Releases());

        var mentions = await store.GetMentionsByEntityAsync([First, Second]);

        Assert.Equal(["r-both", "r-first-new", "r-first-old"], mentions[First].Select(m => m.ReleaseId));
        Assert.Equal(["r-both", "r-second"], mentions[Second].Select(m => m.ReleaseId));
    }

    [Fact]
    public async Task Releases_mentioning_entities_whose_ids_share_a_hash_are_only_their_own()
    {
        using var store = new LiteDbCorpusStore(Path.Combine(_folder.FullName, "sco.db"));
        await store.SaveReleasesAsync(Releases());
        var bySlug = new[] { new SortField(ReleaseQuery.Fields.Slug, false) };

        async Task<IEnumerable<string>> Mentioning(params string[] ids) =>
            (await store.QueryReleasesAsync(new ReleaseQuery(Order: bySlug, Mentioning: ids), new PageRequest(First: 10))).Items.Select(r => r.Id);

        Assert.Equal(["r-both", "r-first-new", "r-first-old"], await Mentioning(First));
        Assert.Equal(["r-both", "r-second"], await Mentioning(Second));
        Assert.Equal(["r-both"], await Mentioning(First, Second));
    }

    [Fact]
    public async Task During_a_bulk_load_an_id_not_yet_an_entity_still_counts_as_sharing_the_hash()
    {
        using var store = new LiteDbCorpusStore(Path.Combine(_folder.FullName, "sco.db"));
        await store.SaveReleasesAsync([Releases()[0]]);
        using (store.BeginBulkLoad())
        {
            // The second person's entity is made when the load ends; its release is already stored.
            await store.SaveReleasesAsync([Releases()[3]]);
            var first = (await store.GetReleaseIdsByEntityAsync([First], new PageRequest()))[First];
            Assert.Equal(["r-first-old"], first.Items);
        }
    }

    private static int EntityKeyHashOf(string id)
    {
        // The stored hash (EntityKeyHash is internal): FNV-1a over the UTF-16 code units.
        var hash = 2166136261u;
        foreach (var c in id) hash = (hash ^ c) * 16777619u;
        return unchecked((int)hash);
    }

    private static List<ReleaseWrite> Releases()
    {
        static DateTime On(int year, int month) => new(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = new ExtractedEntity(First, EntityKind.Person, "Anvar Delegate");
        var second = new ExtractedEntity(Second, EntityKind.Person, "Bakyt Delegate");
        return
        [
            Release("r-first-old", "First alone", ["Anvar Delegate spoke."], entities: [first], published: On(2020, 1)),
            Release("r-first-new", "First again", ["Anvar Delegate spoke again."], entities: [first], published: On(2023, 1)),
            Release("r-both", "Both", ["Anvar Delegate met Bakyt Delegate."], entities: [first, second], published: On(2021, 1)),
            Release("r-second", "Second alone", ["Bakyt Delegate spoke."], entities: [second], published: On(2022, 1)),
        ];
    }
}
