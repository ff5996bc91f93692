using LiteDB;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// An entity's releases newest first, from one small document per release (collection <c>release_dates</c>): its id,
/// its newest date (publication, else event, else null) and the ids it names, indexed on their
/// <see cref="EntityKeyHash"/>. Ordering them from the <c>releases</c> collection made LiteDB decode every whole
/// release (body, paragraphs) to project two dates: 4.4 s and 175 MB of page cache kept for the first person page at
/// 100,000 releases. Written in the same transaction as every release write.
/// </summary>
public sealed partial class LiteDbCorpusStore
{
    private const string ReleaseDatesCollection = "release_dates";

    private ILiteCollection<BsonDocument> ReleaseDates => _db.GetCollection(ReleaseDatesCollection);

    /// <summary>
    /// The ids of the releases naming the entity, newest first: by publication date, else event date, undated last,
    /// ties by id (ordinal), as the PostgreSQL store orders them. Once per entity and commit.
    /// </summary>
    private string[] ReleasesNewestFirst(string entityId) =>
        _releasesNewestFirst.GetOrCompute(Interlocked.Read(ref _commits), entityId, () =>
            FindByEntityKeys(ReleaseDates, [entityId])
                // A hash can collide: only documents that name the entity itself count.
                .Where(d => d["EntityIds"].AsArray.Any(id => id.AsString == entityId))
                .Select(d => (Id: d["_id"].AsString, Newest: d["Newest"].IsDateTime ? d["Newest"].AsDateTime : (DateTime?)null))
                .OrderBy(r => r.Newest is null)
                .ThenByDescending(r => r.Newest)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => r.Id)
                .ToArray());

    /// <summary>Keeps the release's date document in step with it; call after every write of a release document.</summary>
    private void WriteReleaseDate(ReleaseRecord release) =>
        ReleaseDates.Upsert(ReleaseDateDocument(release.Id, (release.PublishedAt ?? release.EventDate) is { } newest ? new BsonValue(newest) : BsonValue.Null, release.EntityIds));

    private void DeleteReleaseDate(string releaseId) => ReleaseDates.Delete(releaseId);

    private static BsonDocument ReleaseDateDocument(string releaseId, BsonValue newest, IReadOnlyCollection<string> entityIds) => new()
    {
        ["_id"] = releaseId,
        ["Newest"] = newest,
        ["EntityKeys"] = new BsonArray(EntityKeyHash.Of(entityIds).Select(key => new BsonValue(key))),
        ["EntityIds"] = new BsonArray(entityIds.Select(id => new BsonValue(id))),
    };

    /// <summary>
    /// Databases written before <c>release_dates</c> get one document per release, in one transaction: a crash leaves
    /// none (the collection is then still missing) and the next start writes them again. The index is made after the
    /// commit; making it again is harmless.
    /// </summary>
    private void EnsureReleaseDates()
    {
        if (!_db.CollectionExists(ReleaseDatesCollection) && _db.CollectionExists(Releases.Name))
        {
            lock (_writeLock)
            {
                _db.BeginTrans();
                try
                {
                    // The releases are read whole once here (LiteDB decodes a document to project it), never again.
                    var releases = _db.GetCollection(Releases.Name).Query()
                        .Select("{_id: $._id, p: $.PublishedAt, e: $.EventDate, i: $.EntityIds}")
                        .ToDocuments()
                        .Select(d => ReleaseDateDocument(
                            d["_id"].AsString,
                            d["p"].IsDateTime ? d["p"] : d["e"].IsDateTime ? d["e"] : BsonValue.Null,
                            d["i"].IsArray ? d["i"].AsArray.Select(id => id.AsString).ToList() : []));
                    foreach (var chunk in releases.Chunk(1000)) ReleaseDates.Insert(chunk);
                    _db.Commit();
                }
                catch
                {
                    _db.Rollback();
                    throw;
                }
            }
        }
        ReleaseDates.EnsureIndex("EntityKeys", "$.EntityKeys[*]");
    }
}
