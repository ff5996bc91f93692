using LiteDB;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// An entity's releases newest first, from one small document per release (collection <c>release_order</c>): its id,
/// its newest date (publication, else event, else null) and the <see cref="EntityKeyHash"/> of each entity it names,
/// indexed on those hashes and on the date. Ordering them from the <c>releases</c> collection made LiteDB decode every
/// whole release (body, paragraphs) to project two dates. The documents hold no entity ids (they were nine tenths of
/// the size, and reading a person's releases touched nearly every page of the collection): a hash that two known
/// entities share is checked against the releases' own id lists instead (<see cref="SharedEntityKeys"/>). Written in
/// the same transaction as every release write.
/// </summary>
public sealed partial class LiteDbCorpusStore
{
    private const string ReleaseOrderCollection = "release_order";

    /// <summary>The layout of round 5: the same documents with the entity ids beside their hashes (about 2 KB each).</summary>
    private const string OldReleaseDatesCollection = "release_dates";

    private ILiteCollection<BsonDocument> ReleaseOrder => _db.GetCollection(ReleaseOrderCollection);

    /// <summary>Hashes that two or more entity ids share, per commit (one value: the key is fixed).</summary>
    private readonly CommitScopedValues<HashSet<int>> _sharedEntityKeys = new(capacity: 1);

    /// <summary>
    /// The ids of the releases naming the entity, newest first: by publication date, else event date, undated last,
    /// ties by id (ordinal), as the PostgreSQL store orders them. Once per entity and commit.
    /// </summary>
    private string[] ReleasesNewestFirst(string entityId)
    {
        var commits = Interlocked.Read(ref _commits); // before reading, as in FindRemembered
        return _releasesNewestFirst.GetOrCompute(commits, entityId, () =>
        {
            IEnumerable<BsonDocument> candidates = FindByEntityKeys(ReleaseOrder, [entityId]).ToList();
            // Only when another entity has the same hash can a document name that one and not this one.
            if (SharedEntityKeys(commits).Contains(EntityKeyHash.Of(entityId)))
            {
                var naming = ReleaseIdsNaming(entityId);
                candidates = candidates.Where(d => naming.Contains(d["_id"].AsString));
            }
            return candidates
                .Select(d => (Id: d["_id"].AsString, Newest: d["Newest"].IsDateTime ? d["Newest"].AsDateTime : (DateTime?)null))
                .OrderBy(r => r.Newest is null)
                .ThenByDescending(r => r.Newest)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => r.Id)
                .ToArray();
        });
    }

    /// <summary>
    /// The hashes that more than one entity id has. Every id a release names is one of its non-referenced facts' entities,
    /// so it is an entity, or marked stale during a bulk load until its entity is made: both are read from their
    /// <c>_id</c> indexes alone (LiteDB reads no document for an id-only query).
    /// </summary>
    private HashSet<int> SharedEntityKeys(long commits) =>
        _sharedEntityKeys.GetOrCompute(commits, "", () =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var collection in new[] { Entities.Name, Stale.Name })
            {
                foreach (var document in _db.GetCollection(collection).Query().Select(IdOnly).ToDocuments()) ids.Add(document["_id"].AsString);
            }
            return ids.CountBy(EntityKeyHash.Of).Where(pair => pair.Value > 1).Select(pair => pair.Key).ToHashSet();
        });

    /// <summary>The releases naming the entity, checked against the releases' own id lists (whole documents: for hash collisions only).</summary>
    private HashSet<string> ReleaseIdsNaming(string entityId) =>
        ReleasesNamingAny([entityId]).Select(release => release.Id).ToHashSet(StringComparer.Ordinal);

    private static readonly BsonExpression IdAndEntityIds = BsonExpression.Create("{_id: $._id, e: $.EntityIds}");

    /// <summary>
    /// The releases naming any of <paramref name="entityIds"/>, with their entity-id lists: found through the order
    /// documents' hashes, and kept only when their own list names one of them (another id may share a hash). Each
    /// release found is read whole (LiteDB decodes a document to project it), so this serves rare paths: merges, hash
    /// collisions, databases without co-mention lists; not <see cref="ReleasesNewestFirst"/>'s.
    /// </summary>
    private IEnumerable<(string Id, BsonArray EntityIds)> ReleasesNamingAny(IReadOnlyCollection<string> entityIds)
    {
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var candidates = FindByEntityKeys(ReleaseOrder, wanted).Select(d => d["_id"].AsString).ToList();
        if (candidates.Count == 0) return [];
        return _db.GetCollection(Releases.Name).Query()
            .Where(IdIn(candidates))
            .Select(IdAndEntityIds)
            .ToDocuments()
            .Select(d => (Id: d["_id"].AsString, EntityIds: d["e"].IsArray ? d["e"].AsArray : []))
            .Where(release => release.EntityIds.Any(id => id.IsString && wanted.Contains(id.AsString)))
            .ToList();
    }

    /// <summary>Keeps the release's order document in step with it; call after every write of a release document.</summary>
    private void WriteReleaseOrder(ReleaseRecord release, bool replace = true)
    {
        var document = ReleaseOrderDocument(release.Id, (release.PublishedAt ?? release.EventDate) is { } newest ? new BsonValue(newest) : BsonValue.Null,
            EntityKeyHash.Of(release.EntityIds));
        Write(ReleaseOrder, document, replace);
    }

    private void DeleteReleaseOrder(string releaseId) => ReleaseOrder.Delete(releaseId);

    private static BsonDocument ReleaseOrderDocument(string releaseId, BsonValue newest, IEnumerable<int> entityKeys) => new()
    {
        ["_id"] = releaseId,
        ["Newest"] = newest,
        ["EntityKeys"] = new BsonArray(entityKeys.Select(key => new BsonValue(key))),
    };

    /// <summary>
    /// Databases written before <c>release_order</c> get one document per release, in one transaction: a crash leaves
    /// none (the collection is then still missing) and the next start writes them again. They come from the round-5
    /// <c>release_dates</c> documents when there are any (small reads), else from the releases (each read whole once).
    /// LiteDB cannot drop a collection inside a transaction, so <c>release_dates</c> is dropped after the commit (or,
    /// after a crash between the two, at the next start). The indexes are made after the commit; making them again is
    /// harmless.
    /// </summary>
    private void EnsureReleaseOrder()
    {
        if (!_db.CollectionExists(ReleaseOrderCollection) && _db.CollectionExists(Releases.Name))
        {
            lock (_writeLock)
            {
                _db.BeginTrans();
                try
                {
                    var documents = _db.CollectionExists(OldReleaseDatesCollection)
                        ? _db.GetCollection(OldReleaseDatesCollection).Query()
                            .Select("{_id: $._id, n: $.Newest, k: $.EntityKeys}")
                            .ToDocuments()
                            .Select(d => ReleaseOrderDocument(d["_id"].AsString, d["n"], d["k"].AsArray.Select(key => key.AsInt32)))
                        // The releases are read whole here (LiteDB decodes a document to project it), never again.
                        : _db.GetCollection(Releases.Name).Query()
                            .Select("{_id: $._id, p: $.PublishedAt, e: $.EventDate, i: $.EntityIds}")
                            .ToDocuments()
                            .Select(d => ReleaseOrderDocument(
                                d["_id"].AsString,
                                d["p"].IsDateTime ? d["p"] : d["e"].IsDateTime ? d["e"] : BsonValue.Null,
                                d["i"].IsArray ? EntityKeyHash.Of(d["i"].AsArray.Select(id => id.AsString)) : []));
                    foreach (var chunk in documents.Chunk(1000)) ReleaseOrder.Insert(chunk);
                    _db.Commit();
                }
                catch
                {
                    _db.Rollback();
                    throw;
                }
            }
        }
        if (_db.CollectionExists(OldReleaseDatesCollection)) _db.DropCollection(OldReleaseDatesCollection);
        ReleaseOrder.EnsureIndex("EntityKeys", "$.EntityKeys[*]");
        ReleaseOrder.EnsureIndex("Newest", "$.Newest");
    }
}
