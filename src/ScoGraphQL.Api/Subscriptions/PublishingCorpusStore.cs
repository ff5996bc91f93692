using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Publishes a <see cref="ReleaseChange"/> for every release write that committed, whoever wrote it (the seed
/// loader today, mutations later), so no writer has to remember to. Writes through this store are serialised
/// so that "added or updated" is decided against the state the write replaced and events leave in commit order;
/// the store serialises its writes anyway, so this costs no throughput.
/// </summary>
public sealed class PublishingCorpusStore(ICorpusStore inner, IReleaseEvents events) : DelegatingCorpusStore(inner)
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    public override Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default) =>
        WriteAsync(async () =>
        {
            var ids = writes.Select(w => w.Release.Id).Distinct(StringComparer.Ordinal).ToList();
            var before = await Inner.GetReleasesAsync(ids, cancellationToken);
            await Inner.SaveReleasesAsync(writes, cancellationToken);
            return ids.Select(id => new ReleaseChange(before.ContainsKey(id) ? ReleaseChangeKind.Updated : ReleaseChangeKind.Added, id)).ToList();
        }, changes => changes, cancellationToken);

    public override Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.DeleteReleaseAsync(id, cancellationToken),
            deleted => deleted ? [new ReleaseChange(ReleaseChangeKind.Deleted, id)] : [], cancellationToken);

    public override Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.AddReleaseAsync(write, exactSlug, cancellationToken),
            stored => [new ReleaseChange(ReleaseChangeKind.Added, stored.Id)], cancellationToken);

    public override Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) =>
        WriteAsync(() => Inner.UpdateReleaseAsync(release, extraction, cancellationToken),
            stored => [new ReleaseChange(ReleaseChangeKind.Updated, stored.Id)], cancellationToken);

    /// <summary>One write at a time; its changes are published after the commit only, and no longer cancellable: they happened.</summary>
    private async Task<T> WriteAsync<T>(Func<Task<T>> write, Func<T, IReadOnlyList<ReleaseChange>> changes, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var result = await write();
            foreach (var change in changes(result)) events.Publish(change);
            return result;
        }
        finally
        {
            _writes.Release();
        }
    }
}
