using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage;

/// <summary>
/// Base of the decorators around a store (counting calls, publishing changes, indexing for search): every call
/// is forwarded to the inner store after <see cref="OnCall"/>, so a decorator overrides only what it changes.
/// </summary>
public abstract class DelegatingCorpusStore(ICorpusStore inner) : ICorpusStore
{
    protected ICorpusStore Inner { get; } = inner;

    /// <summary>Runs before every forwarded call.</summary>
    protected virtual void OnCall()
    {
    }

    public virtual Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default) { OnCall(); return Inner.QueryReleasesAsync(query, page, cancellationToken); }
    public virtual Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetReleasesAsync(ids, cancellationToken); }
    public virtual Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default) { OnCall(); return Inner.FindReleaseByChecksumAsync(checksum, cancellationToken); }
    public virtual Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default) { OnCall(); return Inner.QueryEntitiesAsync(query, page, cancellationToken); }
    public virtual Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetEntitiesAsync(ids, cancellationToken); }
    public virtual Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesToReadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetEntitiesToReadAsync(ids, cancellationToken); }
    public virtual Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetMentionsByReleaseAsync(releaseIds, cancellationToken); }
    public virtual Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetMentionsByEntityAsync(entityIds, cancellationToken); }
    public virtual Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetChildrenAsync(parentIds, cancellationToken); }
    public virtual Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetEventsByParticipantAsync(participantIds, cancellationToken); }
    public virtual Task<IReadOnlyDictionary<string, Page<string>>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetReleaseIdsByEntityAsync(entityIds, page, cancellationToken); }
    public virtual Task<ILookup<string, CoMention>> GetCoMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.GetCoMentionsAsync(entityIds, cancellationToken); }
    public virtual Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) { OnCall(); return Inner.GetStatisticsAsync(cancellationToken); }
    public virtual IDisposable BeginBulkLoad() => Inner.BeginBulkLoad();
    public virtual Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default) { OnCall(); return Inner.SaveReleasesAsync(writes, cancellationToken); }
    public virtual Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) { OnCall(); return Inner.AddReleaseAsync(write, exactSlug, cancellationToken); }
    public virtual Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) { OnCall(); return Inner.UpdateReleaseAsync(release, extraction, cancellationToken); }
    public virtual Task<EntityRecord> CurateEntityAsync(string entityId, EntityCuration curation, CancellationToken cancellationToken = default) { OnCall(); return Inner.CurateEntityAsync(entityId, curation, cancellationToken); }
    public virtual Task<EntityRecord> MergeEntitiesAsync(string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) { OnCall(); return Inner.MergeEntitiesAsync(targetId, sourceIds, cancellationToken); }
    public virtual Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) { OnCall(); return Inner.DeleteReleaseAsync(id, cancellationToken); }
}
