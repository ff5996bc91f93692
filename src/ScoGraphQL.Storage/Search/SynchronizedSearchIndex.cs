using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// The index of an <see cref="IndexingCorpusStore"/> as readers should see it: a search waits until the store's first
/// synchronisation has verified the index (or repaired it), so no answer comes from a damaged or lagging index while
/// the check runs in the background. Writes pass straight through, as they did before.
/// </summary>
public sealed class SynchronizedSearchIndex(IndexingCorpusStore store) : ISearchIndex
{
    public async Task<SearchPage> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await store.IndexSynchronized.WaitAsync(cancellationToken);
        return await store.Index.SearchAsync(query, offset, limit, cancellationToken);
    }

    public void Upsert(IEnumerable<ReleaseRecord> releases) => store.Index.Upsert(releases);

    public void Delete(string id) => store.Index.Delete(id);

    public Task RebuildAsync(IEnumerable<ReleaseRecord> releases, CancellationToken cancellationToken = default) =>
        store.Index.RebuildAsync(releases, cancellationToken);

    public Task<SyncReport> SynchronizeAsync(IAsyncEnumerable<ReleaseRecord> corpus, bool repair = true, CancellationToken cancellationToken = default) =>
        store.Index.SynchronizeAsync(corpus, repair, cancellationToken);
}
