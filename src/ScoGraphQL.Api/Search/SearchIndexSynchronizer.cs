using System.Diagnostics;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

/// <summary>
/// Brings the search index in line with the corpus in the background: a missing, unreadable or stale index, or one
/// a crash left behind, is repaired from LiteDB. It takes the store's write lock before the host goes on, so the
/// seeder and every mutation wait for it; searches wait for it through <see cref="SynchronizedSearchIndex"/>; every
/// other query answers at once (the whole-index checksum read no longer delays the first answer).
/// A failure stops the host, as it did when this ran before the server started.
/// </summary>
public sealed class SearchIndexSynchronizer(IndexingCorpusStore store, IHostApplicationLifetime lifetime, ILogger<SearchIndexSynchronizer> logger)
    : IHostedService
{
    private Task _running = Task.CompletedTask;

    /// <summary>
    /// Not a BackgroundService: since .NET 10 that starts ExecuteAsync on the thread pool, and the seeder could take
    /// the write lock first. Here the lock is held when StartAsync returns.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The host signals ApplicationStopping before it stops the hosted services.
        _running = RunAsync(lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping, or the host's shutdown timeout: the next start checks again.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SynchronizeAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogCritical(e, "The search index could not be checked against the store; stopping");
            lifetime.StopApplication();
        }
    }

    private async Task SynchronizeAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var report = await store.SynchronizeIndexAsync(stoppingToken);
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
}
