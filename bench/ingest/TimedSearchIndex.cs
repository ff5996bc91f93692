using System.Diagnostics;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>The search index, with the time spent adding releases to it added up (the rest is forwarded as is).</summary>
internal sealed class TimedSearchIndex(ISearchIndex inner) : ISearchIndex
{
    private long _upsertTicks;

    public TimeSpan UpsertTime => Stopwatch.GetElapsedTime(0, _upsertTicks);

    public void Upsert(IEnumerable<ReleaseRecord> releases)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Upsert(releases);
        _upsertTicks += Stopwatch.GetTimestamp() - start;
    }

    public Task<SearchPage> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, offset, limit, cancellationToken);

    public void Delete(string id) => inner.Delete(id);

    public Task RebuildAsync(IEnumerable<ReleaseRecord> releases, CancellationToken cancellationToken = default) =>
        inner.RebuildAsync(releases, cancellationToken);

    public Task<SyncReport> SynchronizeAsync(IAsyncEnumerable<ReleaseRecord> corpus, bool repair = true, CancellationToken cancellationToken = default) =>
        inner.SynchronizeAsync(corpus, repair, cancellationToken);
}
