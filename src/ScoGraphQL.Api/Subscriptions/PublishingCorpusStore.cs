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

    public override async Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var ids = writes.Select(w => w.Release.Id).Distinct(StringComparer.Ordinal).ToList();
            var before = await Inner.GetReleasesAsync(ids, cancellationToken);
            await Inner.SaveReleasesAsync(writes, cancellationToken);
            // After the commit only, and not cancellable any more: the change happened.
            foreach (var id in ids)
            {
                events.Publish(new ReleaseChange(before.ContainsKey(id) ? ReleaseChangeKind.Updated : ReleaseChangeKind.Added, id));
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    public override async Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var deleted = await Inner.DeleteReleaseAsync(id, cancellationToken);
            if (deleted) events.Publish(new ReleaseChange(ReleaseChangeKind.Deleted, id));
            return deleted;
        }
        finally
        {
            _writes.Release();
        }
    }

    public override async Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var stored = await Inner.AddReleaseAsync(write, exactSlug, cancellationToken);
            events.Publish(new ReleaseChange(ReleaseChangeKind.Added, stored.Id));
            return stored;
        }
        finally
        {
            _writes.Release();
        }
    }

    public override async Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var stored = await Inner.UpdateReleaseAsync(release, extraction, cancellationToken);
            events.Publish(new ReleaseChange(ReleaseChangeKind.Updated, stored.Id));
            return stored;
        }
        finally
        {
            _writes.Release();
        }
    }
}
