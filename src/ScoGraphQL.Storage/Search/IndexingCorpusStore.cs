using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// The corpus store with its search index kept current: every write updates the index right after the store
/// committed it. Writes pass one at a time (the store serialises them anyway), so the index applies them in the
/// store's order and a save and a delete of the same release can never land the other way round. A crash between
/// the two commits, or an index update that fails, leaves the index behind; <see cref="SynchronizeIndexAsync"/>
/// (at start-up, and before the next write after a failure) repairs it from the store.
/// <para>
/// When the store names its <see cref="CorpusVersion"/> and the index records one, each write carries the version
/// over to the index, and a start-up whose index recorded the store's current version (and passes its checksums)
/// skips reading every release. Anything uncertain (a crash between the two commits, a failed index update, a
/// write that reached the store without passing here) leaves the versions apart, and the full check runs.
/// </para>
/// </summary>
public sealed class IndexingCorpusStore(ICorpusStore inner, ISearchIndex index) : DelegatingCorpusStore(inner), IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly IVersionedCorpus? _versionedStore = inner as IVersionedCorpus;
    private readonly IVersionedSearchIndex? _versionedIndex = index as IVersionedSearchIndex;
    private volatile bool _indexBehind;
    private readonly TaskCompletionSource<SyncReport> _synchronized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The last failure to update the index (it is repaired before the next write), or null.</summary>
    public Exception? LastIndexFailure { get; private set; }

    public ISearchIndex Index => index;

    /// <summary>
    /// Completes when the first synchronisation of this process has verified or repaired the index (faults when it
    /// failed). Until then the index may be damaged or behind the store: nothing may answer from it.
    /// </summary>
    public Task<SyncReport> IndexSynchronized => _synchronized.Task;

    /// <summary>
    /// Verifies the index against the store, repairing it when it is missing, damaged or behind. Returns to the caller
    /// as soon as it holds the write lock and checks on the thread pool, so a start-up can go on serving: writes issued
    /// after this call still wait for the check, reads of the store do not, searches wait on <see cref="IndexSynchronized"/>.
    /// </summary>
    public async Task<SyncReport> SynchronizeIndexAsync(CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await Task.Yield();
            return await SynchronizeLockedAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    public override Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default) =>
        WriteAsync(async () => { await Inner.SaveReleasesAsync(writes, cancellationToken); return true; },
            _ => index.Upsert(writes.Select(w => w.Release)), cancellationToken);

    public override Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.DeleteReleaseAsync(id, cancellationToken), _ => index.Delete(id), cancellationToken);

    public override Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.AddReleaseAsync(write, exactSlug, cancellationToken), stored => index.Upsert([stored]), cancellationToken);

    public override Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.UpdateReleaseAsync(release, extraction, cancellationToken), stored => index.Upsert([stored]), cancellationToken);

    /// <summary>One write at a time: repair a lagging index, write to the store, then bring the index along.</summary>
    private async Task<T> WriteAsync<T>(Func<Task<T>> write, Action<T> updateIndex, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await RepairIfBehindAsync(cancellationToken);
            var before = _versionedStore?.ReleasesVersion;
            var indexWasCurrent = before is not null && _versionedIndex?.CorpusVersion == before.ToString();
            // Unknown while the index catches up: a commit of the index from now on must not claim the old version.
            _versionedIndex?.RecordCorpusVersion(null);
            var result = await write();
            UpdateIndex(() =>
            {
                updateIndex(result);
                // Only this write happened in between (exactly one change, or none): the index reflects the store again.
                var after = _versionedStore?.ReleasesVersion;
                if (indexWasCurrent && (after == before || after == before!.Next())) _versionedIndex!.RecordCorpusVersion(after!.ToString());
            });
            return result;
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
        try
        {
            var report = await CheckOrRepairLockedAsync(cancellationToken);
            _synchronized.TrySetResult(report);
            return report;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _synchronized.TrySetCanceled(cancellationToken);
            throw;
        }
        catch (Exception e)
        {
            // Searches waiting for the first check must hear that it failed rather than wait for ever.
            _synchronized.TrySetException(e);
            throw;
        }
    }

    private async Task<SyncReport> CheckOrRepairLockedAsync(CancellationToken cancellationToken)
    {
        var version = _versionedStore?.ReleasesVersion;
        if (!_indexBehind && version is not null && _versionedIndex is { } versioned
            && versioned.CorpusVersion == version.ToString() && versioned.VerifyChecksums())
            return new SyncReport(Missing: 0, Changed: 0, Removed: 0, Unchanged: versioned.DocumentCount, Recreated: false);

        _versionedIndex?.RecordCorpusVersion(null);
        var report = await index.SynchronizeAsync(CorpusReleases.ReadAllAsync(Inner, cancellationToken: cancellationToken), repair: true, cancellationToken);
        _indexBehind = false;
        // Unless a write reached the store meanwhile without passing here, the index now reflects this version.
        if (version is not null && _versionedStore!.ReleasesVersion == version) _versionedIndex?.RecordCorpusVersion(version.ToString());
        return report;
    }

    public void Dispose() => _writes.Dispose();
}
