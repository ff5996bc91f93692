using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage;

/// <summary>
/// Everything the API needs from storage. Batch methods take many keys and answer in one round trip, so
/// the GraphQL layer's loaders never cause N+1. LiteDB implements it today; PostgreSQL will too.
/// </summary>
public interface ICorpusStore
{
    Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default);

    Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GetEntitiesAsync"/> for a caller that only reads the records and never changes them (the API's
    /// resolvers): a store may then hand out the records it keeps instead of a copy per caller. Copying a page's people
    /// with their titles was about a third of the bytes a nested page allocated.
    /// </summary>
    Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesToReadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        GetEntitiesAsync(ids, cancellationToken);

    Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default);

    Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);


    /// <summary>Organisations whose parent is one of <paramref name="parentIds"/>, grouped by parent.</summary>
    Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default);

    /// <summary>Events in which the given entities take part, grouped by participant.</summary>
    Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each entity, one page of the ids of the releases mentioning it (newest first) and how many there are in all.
    /// Only the page is read: an entity named in every release costs no more than one named once.
    /// </summary>
    Task<IReadOnlyDictionary<string, Page<string>>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>For each entity, the entities mentioned in the same releases with how many they share, most shared first.</summary>
    Task<ILookup<string, CoMention>> GetCoMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts loading many releases: until the returned handle is disposed, <see cref="SaveReleasesAsync"/> may defer
    /// recomputing the entities it touches (a store that cannot defer ignores this). Disposing brings them up to date.
    /// </summary>
    IDisposable BeginBulkLoad();

    /// <summary>Stores releases with what was extracted from them, replacing earlier versions, in one transaction.</summary>
    Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>Removes a release, its mentions and roles, and entities no other release supports. False when absent.</summary>
    Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default);

    // Single-object writes for mutations: each is one transaction that checks, writes and recomputes, and
    // throws a Writing.CorpusWriteException (nothing written) for a refusal the client can act on.

    /// <summary>
    /// Adds a new release. With <paramref name="exactSlug"/> its <c>Id</c> must be free (else SlugTakenException);
    /// without, a taken <c>Id</c> is made unique with the checksum. Returns the stored record.
    /// </summary>
    /// <exception cref="Writing.DuplicateReleaseException">A release with the same checksum is stored.</exception>
    Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored release with the same <c>Id</c> (its CreatedAt is kept). With an
    /// <paramref name="extraction"/> its mentions and entities are rebuilt; with null they are kept as they are.
    /// </summary>
    /// <exception cref="Writing.ReleaseNotFoundException"/>
    /// <exception cref="Writing.DuplicateReleaseException">Another release has the new checksum.</exception>
    Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default);

    /// <summary>Stores a rename/alias rule for the entity and recomputes it. Returns the curated entity.</summary>
    /// <exception cref="Writing.EntityNotFoundException"/>
    Task<EntityRecord> CurateEntityAsync(string entityId, EntityCuration curation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores merge rules sources → target, re-keys the sources' facts, mentions and roles to the target, removes
    /// the sources and recomputes everything touched. Returns the target.
    /// </summary>
    /// <exception cref="Writing.EntityNotFoundException"/>
    Task<EntityRecord> MergeEntitiesAsync(string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default);
}

/// <summary>A release to store with its extraction result.</summary>
public sealed record ReleaseWrite(ReleaseRecord Release, ExtractionResult Extraction);

public sealed record CoMention(string EntityId, int SharedReleases);

public sealed record CorpusStatistics(
    int ReleaseCount,
    int EntityCount,
    IReadOnlyList<(EntityKind Kind, int Count)> EntitiesByKind,
    IReadOnlyList<(string Month, int Count)> ReleasesByMonth);
