using LiteDB;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using static ScoGraphQL.Storage.Tests.Infrastructure.SampleCorpus;

namespace ScoGraphQL.Storage.Tests;

/// <summary>Databases written in an earlier layout (a LiteDB document per fact and per mention; no release order documents, or round 5's with entity ids) open with the same answers.</summary>
public sealed class LiteDbLayoutMigrationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scographql-litedb-layout-");

    private string DatabasePath => Path.Combine(_folder.FullName, "sco.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_database_of_one_document_per_fact_and_mention_opens_with_the_same_answers()
    {
        var before = await SampleAnswersAsync();
        RewriteAsOneDocumentPerFactAndMention(DatabasePath);

        using (var reopened = new LiteDbCorpusStore(DatabasePath))
        {
            Assert.Equal(before, await AnswersAsync(reopened));
            // A write after the move recomputes from the moved facts and mention counts as from freshly stored ones.
            await reopened.SaveReleasesAsync([BetaRelease()]);
            Assert.Equal(before, await AnswersAsync(reopened));
        }
        using var db = new LiteDatabase(DatabasePath);
        Assert.False(db.CollectionExists("facts"));
        Assert.False(db.CollectionExists("mentions"));
    }

    [Fact]
    public async Task A_database_with_indexes_on_entity_ids_in_releases_and_mentions_drops_them_with_the_same_answers()
    {
        var before = await SampleAnswersAsync();
        using (var db = Open(DatabasePath))
        {
            // The round 8 layout: the releases' entity ids indexed, and each mentions document listing its entities' hashes, indexed.
            db.GetCollection("releases").EnsureIndex("EntityIds", "$.EntityIds[*]");
            var mentions = db.GetCollection("release_mentions");
            IndexEntityHashes(mentions, "Mentions");
        }

        using (var reopened = new LiteDbCorpusStore(DatabasePath))
            Assert.Equal(before, await AnswersAsync(reopened));
        using var check = Open(DatabasePath);
        var indexes = IndexNames(check);
        Assert.DoesNotContain("releases.EntityIds", indexes);
        Assert.DoesNotContain("release_mentions.EntityKeys", indexes);
    }

    [Fact]
    public async Task A_database_with_an_index_on_the_facts_documents_drops_it_and_still_finds_what_releases_only_refer_to()
    {
        string before;
        using (var store = new LiteDbCorpusStore(DatabasePath))
        {
            // r-ref refers to Moscow (in Russia) without naming it.
            await store.SaveReleasesAsync([GammaRelease(), Release("r-ref", "The summit", ["The summit was held."], entities: [SummitEntity], references: [MoscowEntity])]);
            before = await AnswersAsync(store);
        }
        using (var db = Open(DatabasePath))
        {
            // The round 9 layout: each facts document lists its entities' hashes, indexed, and the order documents only the named ones.
            var facts = db.GetCollection("release_facts");
            IndexEntityHashes(facts, "Facts");
            var orders = db.GetCollection("release_order");
            foreach (var order in orders.FindAll().ToList())
            {
                order["EntityKeys"] = new BsonArray(order["EntityKeys"].AsArray.Where(key => key.IsInt32));
                orders.Update(order);
            }
        }

        using (var reopened = new LiteDbCorpusStore(DatabasePath))
        {
            Assert.Equal(before, await AnswersAsync(reopened));
            // A release naming Moscow without its country: recomputed, Moscow keeps the country r-ref gave it.
            await reopened.AddReleaseAsync(Release("r-names", "Moscow", ["Moscow in autumn."], entities: [BareMoscow()]), exactSlug: true);
            Assert.Equal(Russia, (await reopened.GetEntitiesAsync([Moscow]))[Moscow].CountryId);
        }
        using var check = Open(DatabasePath);
        var indexes = IndexNames(check);
        Assert.DoesNotContain("release_facts.EntityKeys", indexes);
    }

    [Fact]
    public async Task Order_documents_made_at_start_up_find_what_releases_only_refer_to()
    {
        using (var store = new LiteDbCorpusStore(DatabasePath))
            await store.SaveReleasesAsync([GammaRelease(), Release("r-ref", "The summit", ["The summit was held."], entities: [SummitEntity], references: [MoscowEntity])]);
        using (var db = Open(DatabasePath))
            db.DropCollection("release_order");

        using var reopened = new LiteDbCorpusStore(DatabasePath);
        // A release naming Moscow without its country: recomputed, Moscow keeps the country r-ref gave it.
        await reopened.AddReleaseAsync(Release("r-names", "Moscow", ["Moscow in autumn."], entities: [BareMoscow()]), exactSlug: true);
        Assert.Equal(Russia, (await reopened.GetEntitiesAsync([Moscow]))[Moscow].CountryId);
    }

    [Fact]
    public async Task A_new_database_has_no_index_on_the_facts_documents()
    {
        await SampleAnswersAsync();
        using var check = Open(DatabasePath);
        var indexes = IndexNames(check);
        Assert.Contains("release_order.EntityKeys", indexes);
        Assert.DoesNotContain("release_facts.EntityKeys", indexes);
    }

    [Fact]
    public async Task A_database_without_co_mention_lists_counts_them_from_its_releases_with_the_same_answers()
    {
        string before;
        using (var store = new LiteDbCorpusStore(DatabasePath))
        {
            await store.SaveReleasesAsync(All());
            before = await CoMentionsAsync(store);
        }
        Assert.Contains("SharedReleases", before);
        using (var db = Open(DatabasePath))
            db.DropCollection("comentions");

        using var reopened = new LiteDbCorpusStore(DatabasePath);
        Assert.Equal(before, await CoMentionsAsync(reopened));
    }

    /// <summary>Every entity's co-mentions, as JSON.</summary>
    private static async Task<string> CoMentionsAsync(LiteDbCorpusStore store)
    {
        var ids = (await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(First: 100))).Items.Select(e => e.Id).ToList();
        var related = await store.GetCoMentionsAsync(ids);
        return System.Text.Json.JsonSerializer.Serialize(ids.Select(id => new { id, related = related[id] }));
    }

    [Fact]
    public async Task A_database_without_release_order_documents_gets_them_at_start_up_with_the_same_orders()
    {
        var before = await OrdersOfDatedAndUndatedAsync();
        using (var db = Open(DatabasePath))
            db.DropCollection("release_order");

        await AssertReopensWithTheSameOrdersAsync(before);
    }

    [Fact]
    public async Task Release_dates_with_entity_ids_are_moved_into_release_order_documents_with_the_same_orders()
    {
        var before = await OrdersOfDatedAndUndatedAsync();
        RewriteAsReleaseDatesWithEntityIds(DatabasePath);

        await AssertReopensWithTheSameOrdersAsync(before);
        using var check = Open(DatabasePath);
        Assert.False(check.CollectionExists("release_dates"));
        Assert.All(check.GetCollection("release_order").FindAll(), d => Assert.False(d.ContainsKey("EntityIds")));
    }

    [Fact]
    public async Task Statistics_count_months_from_the_migrated_order_documents()
    {
        CorpusStatistics before;
        using (var store = new LiteDbCorpusStore(DatabasePath))
        {
            await store.SaveReleasesAsync([.. All(), Release("r-undated", "Undated", ["Russia, undated."], entities: [RussiaEntity])]);
            before = await store.GetStatisticsAsync();
        }
        RewriteAsReleaseDatesWithEntityIds(DatabasePath);

        using var reopened = new LiteDbCorpusStore(DatabasePath);
        var after = await reopened.GetStatisticsAsync();
        Assert.Equal(before.ReleasesByMonth, after.ReleasesByMonth);
        Assert.Equal(3, after.ReleasesByMonth.Sum(m => m.Count)); // the undated release counts in no month
    }

    /// <summary>Moscow named without its country.</summary>
    private static ExtractedEntity BareMoscow() => new(Moscow, EntityKind.Place, "Moscow");

    /// <summary>An older layout: each per-release document lists the hashes of its <paramref name="listField"/> items' entities, indexed.</summary>
    private static void IndexEntityHashes(ILiteCollection<BsonDocument> collection, string listField)
    {
        foreach (var document in collection.FindAll().ToList())
        {
            document["EntityKeys"] = new BsonArray(document[listField].AsArray.Select(item => item["EntityId"].AsString).Distinct().Select(id => new BsonValue(id.GetHashCode())));
            collection.Update(document);
        }
        collection.EnsureIndex("EntityKeys", "$.EntityKeys[*]");
    }

    /// <summary>"collection.index" of every index in the file.</summary>
    private static List<string> IndexNames(LiteDatabase db) =>
        [.. db.GetCollection("$indexes").FindAll().Select(index => $"{index["collection"].AsString}.{index["name"].AsString}")];

    private static LiteDatabase Open(string path) => new(new ConnectionString { Filename = path, Collation = new Collation("en-US/None") });

    /// <summary>Stores the sample and two more releases naming Russia (one dated by its event, one undated); their orders.</summary>
    private async Task<string> OrdersOfDatedAndUndatedAsync()
    {
        static DateTime On(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        using var store = new LiteDbCorpusStore(DatabasePath);
        await store.SaveReleasesAsync([
            .. All(),
            Release("r-dated", "Dated", ["Russia, by its event."], entities: [RussiaEntity], eventDate: On(2023, 1, 9)),
            Release("r-undated", "Undated", ["Russia, undated."], entities: [RussiaEntity]),
        ]);
        return await OrdersAsync(store);
    }

    private async Task AssertReopensWithTheSameOrdersAsync(string before)
    {
        using (var reopened = new LiteDbCorpusStore(DatabasePath))
        {
            Assert.Equal(before, await OrdersAsync(reopened));
            // Written again after the move, a release keeps one order document.
            await reopened.SaveReleasesAsync([BetaRelease()]);
            Assert.Equal(before, await OrdersAsync(reopened));
        }
        using var check = Open(DatabasePath);
        Assert.Equal(check.GetCollection("releases").Count(), check.GetCollection("release_order").Count());
    }

    /// <summary>The layout of round 5: collection "release_dates", each document with the entity ids beside their hashes.</summary>
    private static void RewriteAsReleaseDatesWithEntityIds(string path)
    {
        using var db = Open(path);
        var dates = db.GetCollection("release_dates");
        var releases = db.GetCollection("releases").FindAll().ToDictionary(r => r["_id"].AsString);
        foreach (var order in db.GetCollection("release_order").FindAll().ToList())
        {
            order["EntityIds"] = releases[order["_id"].AsString]["EntityIds"];
            dates.Insert(order);
        }
        dates.EnsureIndex("EntityKeys", "$.EntityKeys[*]");
        db.DropCollection("release_order");
    }

    /// <summary>Every entity's releases newest first, with totals, as JSON.</summary>
    private static async Task<string> OrdersAsync(LiteDbCorpusStore store)
    {
        var ids = (await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(First: 100))).Items.Select(e => e.Id).ToList();
        var pages = await store.GetReleaseIdsByEntityAsync(ids, new PageRequest());
        return System.Text.Json.JsonSerializer.Serialize(ids.Select(id => new { id, pages[id].Items, pages[id].TotalCount }));
    }

    /// <summary>Stores the sample; its answers.</summary>
    private async Task<string> SampleAnswersAsync()
    {
        using var store = new LiteDbCorpusStore(DatabasePath);
        await store.SaveReleasesAsync(All());
        return await AnswersAsync(store);
    }

    /// <summary>Every entity, and every mention by release and by entity, as JSON.</summary>
    private static async Task<string> AnswersAsync(LiteDbCorpusStore store)
    {
        var entities = (await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(First: 100))).Items;
        var ids = entities.Select(e => e.Id).ToList();
        foreach (var title in entities.SelectMany(e => e.Titles)) title.Id = 0; // roles are numbered anew when a release is stored again
        var byRelease = await store.GetMentionsByReleaseAsync([Alpha, Beta, Gamma]);
        var byEntity = await store.GetMentionsByEntityAsync(ids);
        var mentioning = new List<object>();
        foreach (var id in ids)
            mentioning.Add((await store.QueryReleasesAsync(new ReleaseQuery(Mentioning: [id]) { Parts = ReleaseParts.None }, new PageRequest(First: 10))).Items.Select(r => r.Id));
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            entities,
            byRelease = byRelease.Select(g => new { g.Key, mentions = g.Select(m => new { m.EntityId, m.Paragraph, m.Start, m.End, m.Text }) }),
            byEntity = byEntity.Select(g => new { g.Key, mentions = g.Select(m => new { m.ReleaseId, m.Paragraph, m.Start, m.End, m.Text }) }),
            mentioning,
        });
    }

    /// <summary>The layout before per-release documents: collections "facts" and "mentions", one document each, mention counts unset.</summary>
    private static void RewriteAsOneDocumentPerFactAndMention(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Collation = new Collation("en-US/None") });
        var facts = db.GetCollection("facts");
        var mentions = db.GetCollection("mentions", BsonAutoId.Int32);
        foreach (var release in db.GetCollection("release_facts").FindAll().ToList())
        {
            foreach (var fact in release["Facts"].AsArray.Select(f => f.AsDocument))
            {
                fact["Entity"]["MentionCount"] = 0;
                facts.Insert(fact);
            }
        }
        foreach (var release in db.GetCollection("release_mentions").FindAll().ToList())
        {
            foreach (var mention in release["Mentions"].AsArray.Select(m => m.AsDocument))
            {
                mention.Remove("_id"); // numbered by LiteDB, as they were
                mentions.Insert(mention);
            }
        }
        facts.EnsureIndex("EntityId");
        facts.EnsureIndex("ReleaseId");
        mentions.EnsureIndex("EntityId");
        mentions.EnsureIndex("ReleaseId");
        db.DropCollection("release_facts");
        db.DropCollection("release_mentions");
    }
}
