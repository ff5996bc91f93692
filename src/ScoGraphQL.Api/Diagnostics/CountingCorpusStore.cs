using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Diagnostics;

/// <summary>Records every call in the current request's <see cref="StorageCalls"/>, then delegates.</summary>
public sealed class CountingCorpusStore(ICorpusStore inner) : ICorpusStore
{
    private T Count<T>(T result)
    {
        StorageCalls.Record();
        return result;
    }

    public Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryReleasesAsync(query, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetReleasesAsync(ids, cancellationToken));
    public Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default) => Count(inner.FindReleaseByChecksumAsync(checksum, cancellationToken));
    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryEntitiesAsync(query, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetEntitiesAsync(ids, cancellationToken));
    public Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default) => Count(inner.GetMentionsByReleaseAsync(releaseIds, cancellationToken));
    public Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => Count(inner.GetMentionsByEntityAsync(entityIds, cancellationToken));
    public Task<ILookup<string, RoleRecord>> GetRolesByPersonAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) => Count(inner.GetRolesByPersonAsync(personIds, cancellationToken));
    public Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) => Count(inner.GetChildrenAsync(parentIds, cancellationToken));
    public Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default) => Count(inner.GetEventsByParticipantAsync(participantIds, cancellationToken));
    public Task<ILookup<string, string>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => Count(inner.GetReleaseIdsByEntityAsync(entityIds, cancellationToken));
    public Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatisticsAsync(cancellationToken));
    public Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default) => Count(inner.SaveReleasesAsync(writes, cancellationToken));
    public Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) => Count(inner.DeleteReleaseAsync(id, cancellationToken));
    public Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) => Count(inner.AddReleaseAsync(write, exactSlug, cancellationToken));
    public Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) => Count(inner.UpdateReleaseAsync(release, extraction, cancellationToken));
    public Task<EntityRecord> CurateEntityAsync(string entityId, EntityCuration curation, CancellationToken cancellationToken = default) => Count(inner.CurateEntityAsync(entityId, curation, cancellationToken));
    public Task<EntityRecord> MergeEntitiesAsync(string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) => Count(inner.MergeEntitiesAsync(targetId, sourceIds, cancellationToken));
}
