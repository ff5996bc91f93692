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

    /// <summary>
    /// Keeps the release's order document in step with it; call after every write of a release document, with the ids of
    /// the entities its facts only refer to (<see cref="ReferenceKey"/>).
    /// </summary>
    private void WriteReleaseOrder(ReleaseRecord release, IEnumerable<BsonValue> referenceKeys, bool replace = true)
    {
        var document = ReleaseOrderDocument(release.Id, (release.PublishedAt ?? release.EventDate) is { } newest ? new BsonValue(newest) : BsonValue.Null,
            EntityKeyHash.Of(release.EntityIds), referenceKeys);
        Write(ReleaseOrder, document, replace);
    }

    /// <summary>The <see cref="ReferenceKey"/>s of the entities <paramref name="facts"/> only refer to.</summary>
    private static IEnumerable<BsonValue> ReferenceKeys(IEnumerable<EntityFactRecord> facts) =>
        facts.Where(f => f.Referenced).Select(f => ReferenceKey(f.EntityId)).Distinct();

    /// <summary>The <see cref="ReferenceKey"/>s of a stored order document, to keep when only the release's text changes.</summary>
    private List<BsonValue> StoredReferenceKeys(string releaseId) =>
        ReleaseOrder.FindById(releaseId)?["EntityKeys"] is { IsArray: true } keys ? [.. keys.AsArray.Where(key => key.IsInt64)] : [];

    /// <summary>
    /// An entity that a release's facts refer to without the release naming it (an event's place, a body's parent), in
    /// the same index as the names' hashes but apart from them: a 64-bit number above every 32-bit hash, which LiteDB
    /// compares with them as numbers. An entity's releases (<see cref="ReleasesNewestFirst"/>) look up its hash only; its
    /// facts (<see cref="FactsDocumentsDescribing"/>) look up both.
    /// </summary>
    private static BsonValue ReferenceKey(string entityId) => new BsonValue((1L << 32) + (uint)EntityKeyHash.Of(entityId));

    private void DeleteReleaseOrder(string releaseId) => ReleaseOrder.Delete(releaseId);

    private static BsonDocument ReleaseOrderDocument(string releaseId, BsonValue newest, IEnumerable<int> entityKeys, IEnumerable<BsonValue>? referenceKeys = null) => new()
    {
        ["_id"] = releaseId,
        ["Newest"] = newest,
        ["EntityKeys"] = new BsonArray(entityKeys.Select(key => new BsonValue(key)).Concat(referenceKeys ?? [])),
    };

    private static readonly BsonExpression OrderId = BsonExpression.Create("$._id");

    /// <summary>
    /// The facts documents of the releases that name or refer to any of <paramref name="entityIds"/>, each once, read one
    /// chunk at a time: found through the order documents, as the facts documents have no index of their own. A document
    /// may describe none of them (a hash collision), so callers match the ids.
    /// </summary>
    private IEnumerable<ReleaseFactsDocument> FactsDocumentsDescribing(IReadOnlyCollection<string> entityIds)
    {
        if (entityIds.Count == 0) yield break;
        var releaseIds = ReleaseOrder.Query()
            .Where(AnyEntityKeyIn(NameKeys(entityIds).Concat(entityIds.Select(ReferenceKey).Distinct())))
            .Select(OrderId)
            .ToDocuments()
            .Select(d => d["_id"].AsString)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var chunk in releaseIds.Chunk(500))
        {
            foreach (var document in FactDocuments.Find(IdIn(chunk))) yield return document;
        }
    }

    /// <summary>
    /// Databases written before <see cref="FactsDocumentsDescribing"/> index the facts documents' own entity hashes, and
    /// their order documents hold no <see cref="ReferenceKey"/>s. Those are added from the facts documents (each read
    /// once) in one transaction, and the index dropped after the commit: a crash in between leaves the index, and the
    /// next start adds the same keys again (none twice).
    /// </summary>
    private void IndexReferencesInReleaseOrder()
    {
        const string factsIndex = "EntityKeys";
        var indexed = _db.GetCollection("$indexes").Query()
            .Where(BsonExpression.Create("$.collection = @0 AND $.name = @1", FactDocuments.Name, factsIndex))
            .Count() > 0;
        if (!indexed) return;
        lock (_writeLock)
        {
            InLayoutTransaction(AddReferenceKeysFromFacts);
            FactDocuments.DropIndex(factsIndex);
        }
    }

    /// <summary>Adds to every order document the <see cref="ReferenceKey"/>s its release's facts call for and it lacks; inside a transaction.</summary>
    private void AddReferenceKeysFromFacts()
    {
        foreach (var facts in FactDocuments.FindAll())
        {
            var referenceKeys = ReferenceKeys(facts.Facts).ToList();
            if (referenceKeys.Count == 0 || ReleaseOrder.FindById(facts.Id) is not { } order) continue;
            var keys = order["EntityKeys"].AsArray;
            var missing = referenceKeys.Where(key => !keys.Contains(key)).ToList();
            if (missing.Count == 0) continue;
            keys.AddRange(missing);
            ReleaseOrder.Update(order);
        }
    }

    /// <summary>
    /// Databases written before <c>release_order</c> get one document per release, in one transaction: a crash leaves
    /// none (the collection is then still missing) and the next start writes them again. They come from the round-5
    /// <c>release_dates</c> documents when there are any (small reads), else from the releases (each read whole once), and
    /// the entities their facts only refer to from the facts documents.
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
                InLayoutTransaction(() =>
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
                    AddReferenceKeysFromFacts();
                });
            }
        }
        if (_db.CollectionExists(OldReleaseDatesCollection)) _db.DropCollection(OldReleaseDatesCollection);
        ReleaseOrder.EnsureIndex("EntityKeys", "$.EntityKeys[*]");
        ReleaseOrder.EnsureIndex("Newest", "$.Newest");
    }
}
