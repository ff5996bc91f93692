using ScoGraphQL.Api.Search;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Tests.Search;

/// <summary>
/// The start-up check runs in the background: searches (and readiness) must wait for it, so no answer ever comes from
/// an index that is behind the store or damaged.
/// </summary>
public sealed class StartupVerificationTests : IDisposable
{
    private static readonly TimeSpan StillWaiting = TimeSpan.FromMilliseconds(300);
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("sco.db");

    private string IndexPath => _folder.File("sco.db.search");

    private static ReleaseWrite Write(string id, string body) => new(new ReleaseRecord
    {
        Id = id,
        Title = "A synthetic release",
        Body = body,
        Paragraphs = [body],
        Checksum = id,
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    }, ExtractionResult.Empty);

    [Fact]
    public async Task A_search_waits_for_the_repair_of_an_index_behind_the_store()
    {
        using var lite = new LiteDbCorpusStore(DatabasePath);
        // Stored behind the index's back, as if the server had died between the two commits.
        await lite.SaveReleasesAsync([Write("behind", "Only the store knows about the platypus.")]);
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);
        var readiness = new SearchReadinessCheck(store);

        var search = new SynchronizedSearchIndex(store).SearchAsync("platypus", 0, 10);
        await Task.Delay(StillWaiting);

        Assert.False(search.IsCompleted, "a search answered before the index was checked");
        Assert.Equal(0, (await index.SearchAsync("platypus", 0, 10)).TotalCount); // what it would have answered
        Assert.False((await readiness.CheckAsync(CancellationToken.None)).Ready);

        var report = await store.SynchronizeIndexAsync();

        Assert.Equal(1, report.Missing);
        Assert.Equal("behind", Assert.Single((await search).Hits).ReleaseId);
        Assert.True((await readiness.CheckAsync(CancellationToken.None)).Ready);
    }

    [Fact]
    public async Task A_search_waits_for_the_repair_of_an_index_whose_checksums_fail_though_its_version_matches()
    {
        using (var lite = new LiteDbCorpusStore(DatabasePath))
        using (var index = new LuceneSearchIndex(IndexPath))
        using (var store = new IndexingCorpusStore(lite, index))
        {
            await store.SynchronizeIndexAsync();
            await store.SaveReleasesAsync(Enumerable.Range(0, 50).Select(i => Write($"r{i:00}", $"Release {i} about the platypus, with some more words to fill a segment.")).ToList());
            Assert.Equal(lite.ReleasesVersion.ToString(), index.CorpusVersion); // a matching start would trust it but for the checksums
        }
        // One byte flipped in the middle of the largest file: opening reads headers and footers only, not this.
        var largest = new DirectoryInfo(IndexPath).EnumerateFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => f.Length).First();
        await using (var file = new FileStream(largest.FullName, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            var value = file.ReadByte();
            file.Position = file.Length / 2;
            file.WriteByte((byte)(value ^ 0x5A));
        }

        using var reopenedLite = new LiteDbCorpusStore(DatabasePath);
        using var reopenedIndex = new LuceneSearchIndex(IndexPath);
        using var reopened = new IndexingCorpusStore(reopenedLite, reopenedIndex);
        var search = new SynchronizedSearchIndex(reopened).SearchAsync("platypus", 0, 100);
        await Task.Delay(StillWaiting);
        Assert.False(search.IsCompleted, "a search answered before the index was checked");

        var report = await reopened.SynchronizeIndexAsync();

        Assert.False(report.WasInSync && reopenedIndex.RecreatedBecause is null, "the damaged index was trusted");
        Assert.True(reopenedIndex.VerifyChecksums());
        Assert.Equal(50, (await search).TotalCount);
    }

    [Fact]
    public async Task A_failed_check_fails_waiting_searches_and_readiness_instead_of_hanging()
    {
        var lite = new LiteDbCorpusStore(DatabasePath);
        using var index = new LuceneSearchIndex(IndexPath);
        using var store = new IndexingCorpusStore(lite, index);
        var search = new SynchronizedSearchIndex(store).SearchAsync("platypus", 0, 10);
        lite.Dispose(); // the store cannot be read: the check cannot finish

        await Assert.ThrowsAnyAsync<Exception>(() => store.SynchronizeIndexAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => search);
        var readiness = await new SearchReadinessCheck(store).CheckAsync(CancellationToken.None);
        Assert.False(readiness.Ready);
        Assert.StartsWith("the search index could not be checked", readiness.Detail);
    }

    public void Dispose() => _folder.Dispose();
}
