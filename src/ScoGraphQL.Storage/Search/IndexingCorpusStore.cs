using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// The corpus store with its search index kept current: every write updates the index right after the store
/// committed it. Writes pass one at a time (the store serialises them anyway), so the index applies them in the
/// store's order and a save and a delete of the same release can never land the other way round. A crash between
/// the two commits, or an index update that fails, leaves the index behind; <see cref="SynchronizeIndexAsync"/>
/// (at start-up, and before the next write after a failure) repairs it from the store.
/// </summary>
public sealed class IndexingCorpusStore(ICorpusStore inner, ISearchIndex index) : ICorpusStore, IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);
    private volatile bool _indexBehind;

    /// <summary>The last failure to update the index (it is repaired before the next write), or null.</summary>
    public Exception? LastIndexFailure { get; private set; }

    public ISearchIndex Index => index;

    public async Task<SyncReport> SynchronizeIndexAsync(CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            return await SynchronizeLockedAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await RepairIfBehindAsync(cancellationToken);
            await inner.SaveReleasesAsync(writes, cancellationToken);
            UpdateIndex(() => index.Upsert(writes.Select(w => w.Release)));
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await RepairIfBehindAsync(cancellationToken);
            var existed = await inner.DeleteReleaseAsync(id, cancellationToken);
            UpdateIndex(() => index.Delete(id));
            return existed;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// The store has committed: the caller must hear of success, not of an index failure (a retry would write
    /// twice). The failure is remembered and repaired from the store before the next write.
    /// </summary>
    private void UpdateIndex(Action update)
    {
        try
        {
            update();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
            LastIndexFailure = e;
            _indexBehind = true;
        }
    }

    private async Task RepairIfBehindAsync(CancellationToken cancellationToken)
    {
        if (_indexBehind) await SynchronizeLockedAsync(cancellationToken);
    }

    private async Task<SyncReport> SynchronizeLockedAsync(CancellationToken cancellationToken)
    {
        var report = await index.SynchronizeAsync(CorpusReleases.ReadAllAsync(inner, cancellationToken: cancellationToken), repair: true, cancellationToken);
        _indexBehind = false;
        return report;
    }

    public Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryReleasesAsync(query, page, cancellationToken);
    public Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetReleasesAsync(ids, cancellationToken);
    public Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default) => inner.FindReleaseByChecksumAsync(checksum, cancellationToken);
    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryEntitiesAsync(query, page, cancellationToken);
    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetEntitiesAsync(ids, cancellationToken);
    public Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default) => inner.GetMentionsByReleaseAsync(releaseIds, cancellationToken);
    public Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => inner.GetMentionsByEntityAsync(entityIds, cancellationToken);
    public Task<ILookup<string, RoleRecord>> GetRolesByPersonAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) => inner.GetRolesByPersonAsync(personIds, cancellationToken);
    public Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) => inner.GetChildrenAsync(parentIds, cancellationToken);
    public Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default) => inner.GetEventsByParticipantAsync(participantIds, cancellationToken);
    public Task<ILookup<string, string>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => inner.GetReleaseIdsByEntityAsync(entityIds, cancellationToken);
    public Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public void Dispose() => _writes.Dispose();
}
