using System.Diagnostics;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

/// <summary>
/// Before the server takes requests (and before seeding), brings the search index in line with the corpus:
/// a missing, unreadable or stale index, or one a crash left behind, is repaired from LiteDB.
/// </summary>
public sealed class SearchIndexSynchronizer(IndexingCorpusStore store, ILogger<SearchIndexSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var report = await store.SynchronizeIndexAsync(cancellationToken);
        if (store.Index is LuceneSearchIndex { RecreatedBecause: { } reason } lucene)
        {
            // A first start has no index yet: worth a line, not a warning. Anything else means the folder was damaged.
            if (reason is Lucene.Net.Index.IndexNotFoundException) logger.LogInformation("Search index {Folder} created", lucene.Folder);
            else logger.LogWarning("Search index {Folder} was unreadable and is rebuilt: {Reason}", lucene.Folder, reason.Message);
        }
        if (report.WasInSync)
            logger.LogInformation("Search index in sync with the corpus ({Releases} releases, checked in {Elapsed} ms)", report.Unchanged, clock.ElapsedMilliseconds);
        else
            logger.LogInformation("Search index repaired in {Elapsed} ms: {Missing} added, {Changed} updated, {Removed} removed, {Unchanged} unchanged",
                clock.ElapsedMilliseconds, report.Missing, report.Changed, report.Removed, report.Unchanged);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
