using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Publishes a <see cref="ReleaseChange"/> for every release write that committed, whoever wrote it (the seed
/// loader today, mutations later), so no writer has to remember to. Writes through this store are serialised
/// so that "added or updated" is decided against the state the write replaced and events leave in commit order;
/// the store serialises its writes anyway, so this costs no throughput.
/// </summary>
public sealed class PublishingCorpusStore(ICorpusStore inner, IReleaseEvents events) : ICorpusStore
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    public async Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var ids = writes.Select(w => w.Release.Id).Distinct(StringComparer.Ordinal).ToList();
            var before = await inner.GetReleasesAsync(ids, cancellationToken);
            await inner.SaveReleasesAsync(writes, cancellationToken);
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

    public async Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var deleted = await inner.DeleteReleaseAsync(id, cancellationToken);
            if (deleted) events.Publish(new ReleaseChange(ReleaseChangeKind.Deleted, id));
            return deleted;
        }
        finally
        {
            _writes.Release();
        }
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
}
