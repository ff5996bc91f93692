using System.Diagnostics;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Search;

/// <summary>The store and its index together, without HTTP: concurrency, crash repair, rebuild cost.</summary>
public sealed class IndexingCorpusStoreTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("sco.db");

    private string IndexPath => _folder.File("sco.db.search");

    private static ReleaseRecord Release(string id, string body, string title = "A synthetic release") => new()
    {
        Id = id,
        Title = title,
        Body = body,
        Paragraphs = [body],
        Checksum = id,
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };

    private static ReleaseWrite Write(ReleaseRecord release) => new(release, ExtractionResult.Empty);

    // 16 writers as in the load test of the mutations issue, 50 releases each (not 200) to keep the suite quick
    // on shared cores: LiteDB's commit per save dominates, and concurrency bugs show at 800 as at 3,200.
    private const int Writers = 16;
    private const int PerWriter = 50;

    [Fact]
    public async Task Sixteen_concurrent_writers_end_with_every_release_stored_and_found()
    {
        using var lite = new LiteDbCorpusStore(DatabasePath);
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);
        await store.SynchronizeIndexAsync();
        var clock = Stopwatch.StartNew();

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                await store.SaveReleasesAsync([Write(Release($"w{writer:00}-{i:000}", $"Writer {writer} release {i} mentions the word platypus."))]);
                if (i % 10 == 0) await index.SearchAsync("platypus", 0, 10); // readers interleaved with writers
            }
        }));
        await Task.WhenAll(writers);
        output.WriteLine($"{Writers * PerWriter} single-release saves by {Writers} writers through the index: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(Writers * PerWriter, (await lite.GetStatisticsAsync()).ReleaseCount);
        Assert.Equal(Writers * PerWriter, (await index.SearchAsync("platypus", 0, 1)).TotalCount);
        Assert.True((await index.SynchronizeAsync(CorpusReleases.ReadAllAsync(lite), repair: false)).WasInSync);
    }

    [Fact]
    public async Task Saving_replaces_and_deleting_removes_a_release_in_search()
    {
        using var lite = new LiteDbCorpusStore(DatabasePath);
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);

        await store.SaveReleasesAsync([Write(Release("r1", "The first version talks about wombats."))]);
        Assert.Equal(1, (await index.SearchAsync("wombats", 0, 10)).TotalCount);

        await store.SaveReleasesAsync([Write(Release("r1", "The second version talks about koalas."))]);
        Assert.Equal(0, (await index.SearchAsync("wombats", 0, 10)).TotalCount);
        Assert.Equal("r1", (await index.SearchAsync("koala", 0, 10)).Hits.Single().ReleaseId);

        Assert.True(await store.DeleteReleaseAsync("r1"));
        Assert.Equal(0, (await index.SearchAsync("koala", 0, 10)).TotalCount);
    }

    [Fact]
    public async Task What_a_crash_left_between_the_two_commits_is_repaired_on_the_next_start()
    {
        using (var lite = new LiteDbCorpusStore(DatabasePath))
        using (var index = new LuceneSearchIndex(IndexPath))
        using (var store = new IndexingCorpusStore(lite, index))
        {
            await store.SaveReleasesAsync([Write(Release("kept", "Kept release about emus.")), Write(Release("gone", "Gone release about emus."))]);
            // LiteDB commits, the index never hears of it: the state a SIGKILL between the two commits leaves.
            await lite.SaveReleasesAsync([Write(Release("new", "New release about emus.")), Write(Release("kept", "Kept release, now about cassowaries."))]);
            await lite.DeleteReleaseAsync("gone");
            Assert.NotEqual(lite.ReleasesVersion.ToString(), index.CorpusVersion);
        }

        using (var lite = new LiteDbCorpusStore(DatabasePath))
        using (var index = new LuceneSearchIndex(IndexPath))
        using (var store = new IndexingCorpusStore(lite, index))
        {
            var report = await store.SynchronizeIndexAsync();

            Assert.Equal(new SyncReport(Missing: 1, Changed: 1, Removed: 1, Unchanged: 0, Recreated: false), report);
            Assert.Equal(["new"], (await index.SearchAsync("emus", 0, 10)).Hits.Select(h => h.ReleaseId));
            Assert.Equal(["kept"], (await index.SearchAsync("cassowary", 0, 10)).Hits.Select(h => h.ReleaseId));
            Assert.True((await store.SynchronizeIndexAsync()).WasInSync);
        }
    }

    [Fact]
    public async Task A_start_after_a_clean_shutdown_trusts_the_corpus_version_the_index_recorded()
    {
        using (var lite = new LiteDbCorpusStore(DatabasePath))
        using (var index = new LuceneSearchIndex(IndexPath))
        using (var store = new IndexingCorpusStore(lite, index))
        {
            await store.SynchronizeIndexAsync();
            var before = lite.ReleasesVersion;
            await store.SaveReleasesAsync([Write(Release("a", "About ibises.")), Write(Release("b", "About ibises too."))]);
            await store.DeleteReleaseAsync("b");

            Assert.Equal(before.Changes + 2, lite.ReleasesVersion.Changes);
            Assert.Equal(lite.ReleasesVersion.ToString(), index.CorpusVersion);
        }

        using (var lite = new LiteDbCorpusStore(DatabasePath))
        using (var index = new LuceneSearchIndex(IndexPath))
        using (var store = new IndexingCorpusStore(lite, index))
        {
            Assert.Equal(lite.ReleasesVersion.ToString(), index.CorpusVersion);
            Assert.Equal(new SyncReport(Missing: 0, Changed: 0, Removed: 0, Unchanged: 1, Recreated: false), await store.SynchronizeIndexAsync());
            Assert.Equal(["a"], (await index.SearchAsync("ibises", 0, 10)).Hits.Select(h => h.ReleaseId));
        }
    }

    [Fact]
    public async Task A_missing_index_is_created_and_reported_as_recreated()
    {
        using var lite = new LiteDbCorpusStore(DatabasePath);
        await lite.SaveReleasesAsync([Write(Release("r1", "About cranes."))]);
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);

        var report = await store.SynchronizeIndexAsync();

        Assert.True(report.Recreated);
        Assert.Equal(1, report.Missing);
        Assert.Equal(1, (await index.SearchAsync("crane", 0, 10)).TotalCount);
    }

    [Fact]
    public async Task Rebuilding_replaces_everything_indexed()
    {
        using var index = new LuceneSearchIndex(IndexPath);
        index.Upsert([Release("old", "About herons.")]);

        await index.RebuildAsync([Release("a", "About storks."), Release("b", "About storks too.")]);

        Assert.Equal(0, (await index.SearchAsync("heron", 0, 10)).TotalCount);
        Assert.Equal(2, (await index.SearchAsync("stork", 0, 10)).TotalCount);
    }

    [Fact]
    public async Task The_title_weighs_more_than_the_body()
    {
        using var index = new LuceneSearchIndex(IndexPath);
        index.Upsert([Release("body", "A long body that mentions the summit once among many other words.", title: "Other news"), Release("title", "A long body about other things entirely, with many other words.", title: "The summit")]);

        Assert.Equal(["title", "body"], (await index.SearchAsync("summit", 0, 10)).Hits.Select(h => h.ReleaseId));
    }

    [Fact]
    public async Task Indexing_1000_releases_from_scratch_takes_seconds()
    {
        var body = string.Join("\n\n", Enumerable.Repeat(await File.ReadAllTextAsync(Path.Combine(TestPaths.Seeds, "002_6fc61e669fac360d.txt")), 1));
        var releases = Enumerable.Range(0, 1000).Select(i => Release($"copy-{i:0000}", body + $" copy{i}")).ToList();
        using var lite = new LiteDbCorpusStore(DatabasePath);
        await lite.SaveReleasesAsync(releases.Select(Write).ToList());
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);

        var clock = Stopwatch.StartNew();
        var build = await store.SynchronizeIndexAsync();
        var built = clock.ElapsedMilliseconds;
        clock.Restart();
        var check = await store.SynchronizeIndexAsync();
        output.WriteLine($"1,000 releases of {body.Length} chars: index built in {built} ms, in-sync check in {clock.ElapsedMilliseconds} ms");

        Assert.Equal(1000, build.Missing);
        Assert.True(check.WasInSync);
        Assert.Equal(1000, (await index.SearchAsync("\"Moscow Declaration\"", 0, 5)).TotalCount);
        Assert.True(built < 60_000, $"{built} ms");
    }

    [Theory]
    [InlineData("\"unbalanced", "a quotation mark (\") is not closed")]
    [InlineData("(summit", "a parenthesis is not closed")]
    [InlineData("summit) x", "a closing parenthesis at position 7 has no opening one")]
    [InlineData("AND OR (", "a parenthesis is not closed")]
    [InlineData("summit AND OR x", "Encountered")]
    [InlineData("*eeting", "not allowed as first character")]
    public async Task Syntax_errors_say_what_is_wrong_in_a_line(string query, string problem)
    {
        using var index = new LuceneSearchIndex(IndexPath);

        var error = await Assert.ThrowsAsync<SearchSyntaxException>(() => index.SearchAsync(query, 0, 10));
        output.WriteLine(error.Message);

        Assert.Contains(problem, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
