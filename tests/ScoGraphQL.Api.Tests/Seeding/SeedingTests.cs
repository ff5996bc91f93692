using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Tests.Seeding;

public sealed class SeedingTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly LiteDbCorpusStore _store;
    private readonly SeedLoader _loader;

    public SeedingTests()
    {
        _store = new LiteDbCorpusStore(_data.File("sco.db"));
        _loader = new SeedLoader(_store, new ReleaseParser(), new EntityExtractor(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var first = await _loader.LoadDirectoryAsync(TestPaths.Seeds);
        var before = await SnapshotAsync();

        var second = await _loader.LoadDirectoryAsync(TestPaths.Seeds);

        Assert.Equal((5, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 5), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_file_updates_its_release()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        await _loader.LoadDirectoryAsync(corpus.Path);
        var file = corpus.File("004_a116f53807da5ab0.txt");
        await File.WriteAllTextAsync(file, "Consultations Held Between SCO and UN Secretariats, revised\n\n" + string.Join('\n', (await File.ReadAllLinesAsync(file)).Skip(1)));

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal((0, 1, 4), (report.Added, report.Updated, report.Unchanged));
        var release = (await _store.GetReleasesAsync(["004_a116f53807da5ab0"]))["004_a116f53807da5ab0"];
        Assert.Equal("Consultations Held Between SCO and UN Secretariats, revised", release.Title);
        Assert.Equal(5, (await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(10))).TotalCount);
    }

    [Fact]
    public async Task Non_utf8_and_empty_files_are_reported_and_the_rest_still_load()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        await File.WriteAllBytesAsync(corpus.File("latin1.txt"), Encoding.Latin1.GetBytes("Réunion à Douchanbé\n\nLe secrétaire général a pris la parole."));
        await File.WriteAllTextAsync(corpus.File("empty.txt"), "  \n\n ");

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal(5, report.Added);
        Assert.Contains(report.Failed, f => f.File == "latin1.txt" && f.Reason.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(report.Failed, f => f.File == "empty.txt" && f.Reason.Contains("empty", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_same_text_under_two_names_is_stored_once()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        File.Copy(corpus.File("002_6fc61e669fac360d.txt"), corpus.File("summit-copy.txt"));

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal(5, report.Added);
        Assert.Contains(report.Failed, f => f.File == "summit-copy.txt" && f.Reason.Contains("same content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_in_the_batch_after_its_original_is_refused_before_the_original_has_committed()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        // Sorts right after its original, so with one file per batch it is prepared while the original is being saved.
        File.Copy(corpus.File("002_6fc61e669fac360d.txt"), corpus.File("002_6fc61e669fac360d_copy.txt"));
        var loader = SlowLoader(out var store);

        var report = await loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal((5, 0), (report.Added, report.Updated));
        var refused = Assert.Single(report.Failed);
        Assert.Equal(("002_6fc61e669fac360d_copy.txt", "same content as the stored release '002_6fc61e669fac360d'"), (refused.File, refused.Reason));
        Assert.True(store.SavesOverlapped, "no batch was prepared while the one before it was being saved");
        Assert.Equal(5, (await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(10))).TotalCount);
    }

    [Fact]
    public async Task A_second_file_for_the_same_slug_in_the_next_batch_updates_the_release_still_being_saved()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        // Same slug as 004_a116f53807da5ab0 (slugs are lower-case), other text, and sorts before it.
        var original = corpus.File("004_a116f53807da5ab0.txt");
        await File.WriteAllTextAsync(corpus.File("004_A116F53807DA5AB0.txt"), "An earlier headline\n\n" + string.Join('\n', (await File.ReadAllLinesAsync(original)).Skip(1)));
        var loader = SlowLoader(out var store);

        var report = await loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal((5, 1, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Empty(report.Failed);
        Assert.True(store.SavesOverlapped, "no batch was prepared while the one before it was being saved");
        var release = (await _store.GetReleasesAsync(["004_a116f53807da5ab0"]))["004_a116f53807da5ab0"];
        Assert.NotEqual("An earlier headline", release.Title);
        Assert.Equal(5, (await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(10))).TotalCount);
    }

    [Fact]
    public async Task Batches_saved_alongside_the_next_give_the_same_corpus_as_batches_saved_in_turn()
    {
        using var corpus = CorpusFolder.Variations(12);
        using var other = new TempFolder();
        using var inTurn = new LiteDbCorpusStore(other.File("sco.db"));
        var oneBatch = new SeedLoader(inTurn, new ReleaseParser(), new EntityExtractor(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))) { BatchSize = 100 };

        var pipelined = await SlowLoader(out _).LoadDirectoryAsync(corpus.Path);
        var single = await oneBatch.LoadDirectoryAsync(corpus.Path);

        Assert.Equal((12, 0), (pipelined.Added, pipelined.Failed.Count));
        Assert.Equal(await SnapshotAsync(inTurn), await SnapshotAsync());
    }

    /// <summary>One file per batch, over a store that commits each batch only after the next has been prepared.</summary>
    private SeedLoader SlowLoader(out LateCommits store)
    {
        store = new LateCommits(_store);
        return new SeedLoader(store, new ReleaseParser(), new EntityExtractor(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))) { BatchSize = 1 };
    }

    /// <summary>
    /// Holds each batch save until the loader has asked about the next batch and had time to look up its file, so the
    /// next batch is decided while this one has not committed.
    /// </summary>
    private sealed class LateCommits(ICorpusStore inner) : DelegatingCorpusStore(inner)
    {
        private int _batchesAsked, _saves, _overlaps;

        public bool SavesOverlapped => Volatile.Read(ref _overlaps) > 0;

        public override Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _batchesAsked);
            return base.GetReleasesAsync(ids, cancellationToken);
        }

        public override async Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default)
        {
            var save = Interlocked.Increment(ref _saves);
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref _batchesAsked) <= save && waited.Elapsed < TimeSpan.FromSeconds(1)) await Task.Delay(5, cancellationToken);
            if (Volatile.Read(ref _batchesAsked) > save)
            {
                Interlocked.Increment(ref _overlaps);
                await Task.Delay(300, cancellationToken); // the next batch parses its file and looks it up meanwhile
            }
            await base.SaveReleasesAsync(writes, cancellationToken);
        }
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _loader.LoadDirectoryAsync(_data.File("nowhere")));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    private Task<string> SnapshotAsync() => SnapshotAsync(_store);

    private static async Task<string> SnapshotAsync(ICorpusStore store)
    {
        var releases = await store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(500));
        var entities = await store.QueryEntitiesAsync(new EntityQuery(), PageRequest.FirstN(500));
        var mentions = await store.GetMentionsByReleaseAsync(releases.Items.Select(r => r.Id).ToList());
        return string.Join("|", releases.Items.Select(r => $"{r.Id}:{r.Checksum}:{r.UpdatedAt:O}"))
            + "#" + string.Join("|", entities.Items.Select(e => $"{e.Id}:{e.Name}:{e.MentionCount}:{string.Join(",", e.Aliases)}"))
            + "#" + mentions.Sum(g => g.Count());
    }

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }
}
