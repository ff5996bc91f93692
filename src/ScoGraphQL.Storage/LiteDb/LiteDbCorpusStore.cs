using System.Collections.Concurrent;
using LiteDB;
using LiteDB.Engine;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Writing;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// The corpus in one embedded LiteDB file. One instance per process (Direct mode, shared by all requests:
/// LiteDB serialises access itself). Writes take a lock and run in one transaction on one thread, because
/// LiteDB transactions belong to the thread that began them.
/// </summary>
public sealed partial class LiteDbCorpusStore : ICorpusStore, IVersionedCorpus, IDisposable
{
    private static readonly FieldMap ReleaseFields = new(new Dictionary<string, FieldMapping>
    {
        [ReleaseQuery.Fields.Title] = new("$.Title"),
        [ReleaseQuery.Fields.Slug] = new("$._id"),
        [ReleaseQuery.Fields.Body] = new("$.Body"),
        [ReleaseQuery.Fields.PublishedAt] = new("$.PublishedAt"),
        [ReleaseQuery.Fields.EventDate] = new("$.EventDate"),
        [ReleaseQuery.Fields.WordCount] = new("$.WordCount"),
        // QueryFilters.MentionedEntity is not here: the releases mentioning an entity are found by id (ByReleaseIds).
    });

    private static readonly FieldMap EntityFields = new(new Dictionary<string, FieldMapping>
    {
        [EntityQuery.Fields.Name] = new("$.Name"),
        [EntityQuery.Fields.AnyName] = new("$.Name", ["$.Aliases"]),
        [EntityQuery.Fields.MentionCount] = new("$.MentionCount"),
        [EntityQuery.Fields.StartDate] = new("$.StartDate"),
        [EntityQuery.Fields.EndDate] = new("$.EndDate"),
        [QueryFilters.EntityKind] = new("$.Kind"),
    });

    /// <summary>More distinct filters than this and the remembered totals start again from none.</summary>
    private const int MaxRememberedTotals = 4096;

    /// <summary>More entities than this and their remembered release orders start again from none.</summary>
    private const int MaxRememberedTimelines = 2048;

    private readonly LiteDatabase _db;
    private readonly WriteAheadLog _log;
    private readonly Lock _writeLock = new();
    private int _bulkLoads;

    /// <summary>
    /// Entities marked stale by a commit of the running bulk load: most entities of a batch were marked by an earlier
    /// one (a country named by every release), and marking them again cost an index lookup and a write each.
    /// </summary>
    private readonly HashSet<string> _markedStale = new(StringComparer.Ordinal);
    private volatile CorpusVersion _releasesVersion = null!;

    /// <summary>Set by the current transaction when it adds, deletes or rewrites a release text.</summary>
    private bool _releaseTextChanged;

    /// <summary>Every commit changes it, so a total counted or a document read before the commit is not used after it.</summary>
    private long _commits;

    /// <summary>
    /// Totals of paged queries by collection and filter. LiteDB counts by walking an index, O(matches), and every
    /// page of a connection reports its total: without this, the first page of an unfiltered list costs as much as
    /// reading all its keys.
    /// </summary>
    private readonly CommitScopedValues<int> _totals = new(MaxRememberedTotals);

    /// <summary>
    /// Per entity, the ids of the releases that name it, newest first. LiteDB's index on the entity ids yields them in
    /// id order, so the order is worked out once per entity and commit from each release's two dates.
    /// </summary>
    private readonly CommitScopedValues<string[]> _releasesNewestFirst = new(MaxRememberedTimelines);

    /// <summary>Releases and entities read by id since the last commit (see <see cref="CommitScopedDocuments"/>); release documents are large, so fewer.</summary>
    private readonly CommitScopedDocuments _releasesById = new(capacity: 500);
    private readonly CommitScopedDocuments _entitiesById = new(capacity: 10_000);

    public LiteDbCorpusStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _log = new WriteAheadLog(path);
        try
        {
            var engine = new LiteEngine(new EngineSettings
            {
                Filename = path,
                LogStream = _log,
                // Case-sensitive equality, as `eq` promises; contains/startsWith lower-case explicitly.
                Collation = new Collation("en-US/None"),
            });
            _db = new LiteDatabase(engine, new BsonMapper()) { UtcDate = true };
            EnsureIndexes();
            MoveContentsIntoReleaseDocuments();
            EnsureReleaseOrder();
            IndexReferencesInReleaseOrder();
            _releasesVersion = LoadReleasesVersion();
            RecomputeStale(); // a bulk load that died before its end left these
        }
        catch
        {
            _db?.Dispose();
            _log.Dispose();
            throw;
        }
    }

    private ILiteCollection<ReleaseRecord> Releases => _db.GetCollection<ReleaseRecord>("releases");
    private ILiteCollection<EntityRecord> Entities => _db.GetCollection<EntityRecord>("entities");
    private ILiteCollection<ReleaseFactsDocument> FactDocuments => _db.GetCollection<ReleaseFactsDocument>("release_facts");
    private ILiteCollection<ReleaseMentionsDocument> MentionDocuments => _db.GetCollection<ReleaseMentionsDocument>("release_mentions");
    private ILiteCollection<RoleRecord> Roles => _db.GetCollection<RoleRecord>("roles");

    /// <summary>
    /// Per entity, who appears in the same releases and in how many (<see cref="CoMentionList"/>), kept when the entity
    /// is recomputed so <c>related</c> reads one document instead of every release that mentions the entity.
    /// </summary>
    private ILiteCollection<BsonDocument> CoMentions => _db.GetCollection("comentions");

    /// <summary>Entities whose releases changed during a bulk load, to recompute when it ends (or at the next open, after a crash).</summary>
    private ILiteCollection<BsonDocument> Stale => _db.GetCollection("stale_entities");
    private ILiteCollection<CurationRuleRecord> Curation => _db.GetCollection<CurationRuleRecord>("curation");

    /// <summary>One document, <see cref="ReleasesVersionId"/>: the <see cref="ReleasesVersion"/> as of the last commit.</summary>
    private ILiteCollection<BsonDocument> Versions => _db.GetCollection("corpus_version");
    private const string ReleasesVersionId = "releases";

    public CorpusVersion ReleasesVersion => _releasesVersion;

    /// <summary>The stored version; a database that has none yet (new, or written before versions were kept) starts one.</summary>
    private CorpusVersion LoadReleasesVersion()
    {
        if (Versions.FindById(ReleasesVersionId) is { } stored) return new CorpusVersion(stored["store"].AsString, stored["changes"].AsInt64);
        var started = new CorpusVersion(Guid.NewGuid().ToString("N"), 0);
        Versions.Upsert(VersionDocument(started));
        return started;
    }

    private static BsonDocument VersionDocument(CorpusVersion version) =>
        new() { ["_id"] = ReleasesVersionId, ["store"] = version.StoreId, ["changes"] = version.Changes };

    private void EnsureIndexes()
    {
        Releases.EnsureIndex(r => r.Checksum);
        Releases.EnsureIndex(r => r.Title);
        Releases.EnsureIndex(r => r.PublishedAt);
        Releases.EnsureIndex(r => r.EventDate);
        Releases.EnsureIndex(r => r.WordCount);
        // The releases naming an entity are found through the order documents' hashes (ReleasesNewestFirst): an index on
        // the releases' own id lists was a fifth of the index entries written per release, each a string compared with
        // the collation. Older databases drop theirs.
        Releases.DropIndex("EntityIds");
        Entities.EnsureIndex(e => e.Kind);
        Entities.EnsureIndex(e => e.Name);
        Entities.EnsureIndex(e => e.MentionCount);
        Entities.EnsureIndex(e => e.StartDate);
        Entities.EnsureIndex(e => e.ParentId);
        Entities.EnsureIndex("Aliases", "$.Aliases[*]");
        Entities.EnsureIndex("ParticipantIds", "$.ParticipantIds[*]");
        // The facts documents describing an entity are found through the order documents (FactsDocumentsDescribing), which
        // index the same hashes: their own index was a third of the index entries written per release. Older databases
        // drop it once their order documents hold the entities the facts only refer to (IndexReferencesInReleaseOrder).
        // An entity's mentions are found through the releases naming it (release_order), so the mentions documents need no
        // index of their own: it was a fifth of the index entries written per release. Older databases drop theirs.
        MentionDocuments.DropIndex("EntityKeys");
        Roles.EnsureIndex(r => r.PersonId);
        Roles.EnsureIndex(r => r.ReleaseId);
        Curation.EnsureIndex(r => r.MergedInto);
    }

    public Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        query = ByReleaseIds(query);
        var where = LiteDbFilterTranslator.Translate(QueryFilters.Of(query), ReleaseFields);
        if ((query.Parts & LargeReleaseParts) == ReleaseParts.None && QueryRememberedReleases(where, query, page) is { } remembered)
            return Task.FromResult(remembered);
        return Task.FromResult(Query(Releases, where, query.Order, ReleaseFields, page, r => r.Id, ReleaseProjection(query.Parts)));
    }

    /// <summary>
    /// The query with its <see cref="ReleaseQuery.Mentioning"/> turned into the ids of the releases naming all those
    /// entities (a condition on <c>_id</c>, which LiteDB answers from its index), as the releases have no index on
    /// the entity ids they name.
    /// </summary>
    private ReleaseQuery ByReleaseIds(ReleaseQuery query)
    {
        if (query.Mentioning is not { Count: > 0 } mentioning) return query;
        var ids = mentioning.Distinct().Select(id => (IEnumerable<string>)ReleasesNewestFirst(id)).Aggregate((all, next) => all.Intersect(next, StringComparer.Ordinal));
        var byId = new FieldFilter(ReleaseQuery.Fields.Slug, FilterOperator.In, FilterValue.OfList(ids.Order(StringComparer.Ordinal).ToList()));
        return query with { Mentioning = null, Where = query.Where is null ? byId : Filter.All([query.Where, byId]) };
    }

    /// <summary>Bodies and paragraphs are most of a release's size: pages that show them are read as they always were.</summary>
    private const ReleaseParts LargeReleaseParts = ReleaseParts.Body | ReleaseParts.Paragraphs;

    /// <summary>
    /// Release list pages by id, per set of parts read, since the last commit. Decoding the page's documents was the
    /// largest part of a small list's CPU time (a third) and a sixth of a nested one's; the page's ids come from the
    /// index alone (LiteDB reads no document for an id-only page in id order) and the records from here.
    /// </summary>
    private readonly CommitScopedDocuments[] _releasePages =
        Enumerable.Range(0, (int)ReleaseParts.All + 1).Select(_ => new CommitScopedDocuments(capacity: 1_000)).ToArray();

    private static readonly BsonExpression IdOnly = BsonExpression.Create("{_id: $._id}");

    /// <summary>
    /// The page through <see cref="_releasePages"/>, or null when a commit landed while it was read: the ids and the
    /// records would then come from two versions of the store, so the caller reads the page in one query instead.
    /// </summary>
    private Page<ReleaseRecord>? QueryRememberedReleases(BsonExpression? where, ReleaseQuery query, PageRequest page)
    {
        var commits = Interlocked.Read(ref _commits); // before reading, as in FindRemembered
        var raw = _db.GetCollection(Releases.Name);
        var idPage = _releasePageIds.GetOrCompute(commits, PageKey(where, query.Order, page), () =>
        {
            var read = Query(raw, where, query.Order, ReleaseFields, page, document => document["_id"].AsString, IdOnly);
            return new Page<string>(read.Items.Select(document => document["_id"].AsString).ToArray(), read.Offset, read.TotalCount);
        });
        var ids = idPage.Items;
        var projection = ReleaseProjection(query.Parts);
        var found = _releasePages[(int)query.Parts].FindRecords(commits, ids,
            missing => projection is null ? FindByIds(raw, missing) : raw.Query().Where(IdIn(missing)).Select(projection).ToDocuments().ToList(),
            document => _db.Mapper.ToObject<ReleaseRecord>(document), query.ToRead ? Shared : CopyOf);
        if (Interlocked.Read(ref _commits) != commits || found.Count != ids.Count) return null;
        var byId = found.ToDictionary(release => release.Id, StringComparer.Ordinal);
        return new Page<ReleaseRecord>(ids.Select(id => byId[id]).ToList(), idPage.Offset, idPage.TotalCount);
    }

    private static readonly Func<ReleaseRecord, ReleaseRecord> Shared = release => release;
    private static readonly Func<ReleaseRecord, ReleaseRecord> CopyOf = release => release.Copy();

    /// <summary>
    /// The ids of list pages by filter, order and window, since the last commit: even an id-only page cost LiteDB a
    /// snapshot, which parses the expressions of all the collection's indexes (a sixth of a small list's CPU time).
    /// </summary>
    private readonly CommitScopedValues<Page<string>> _releasePageIds = new(MaxRememberedPages);

    /// <summary>More distinct pages than this and the remembered page ids start again from none.</summary>
    private const int MaxRememberedPages = 1024;

    private static string PageKey(BsonExpression? where, IReadOnlyList<SortField>? order, PageRequest page) =>
        $"{where?.Source}\n{where?.Parameters}\n{(order is null ? "" : string.Join(",", order.Select(s => $"{s.Field} {s.Descending}")))}\n{page}";

    private static BsonExpression IdIn(IReadOnlyCollection<string> ids) =>
        BsonExpression.Create("$._id IN @0", new BsonArray(ids.Distinct().Select(id => new BsonValue(id))));

    /// <summary>
    /// A document of every stored member of a release but the parts left out, or null for the whole document: LiteDB
    /// then decodes only those fields, and the bodies and paragraphs a title list never shows stay unread.
    /// </summary>
    private static BsonExpression? ReleaseProjection(ReleaseParts parts) => ReleaseProjections[(int)parts];

    /// <summary>One per combination of parts, parsed once: parsing it for every page cost more than it saved.</summary>
    private static readonly BsonExpression?[] ReleaseProjections =
        Enumerable.Range(0, (int)ReleaseParts.All + 1).Select(parts => CreateReleaseProjection((ReleaseParts)parts)).ToArray();

    private static BsonExpression? CreateReleaseProjection(ReleaseParts parts)
    {
        if (parts == ReleaseParts.All) return null;
        // BsonMapper's defaults: a property is stored under its own name, and Id as _id.
        var fields = typeof(ReleaseRecord).GetProperties()
            .Where(p => (PartOf(p.Name) & ~parts) == ReleaseParts.None)
            .Select(p => p.Name == nameof(ReleaseRecord.Id) ? "_id" : p.Name)
            .Select(field => $"{field}: $.{field}");
        return BsonExpression.Create("{" + string.Join(", ", fields) + "}");
    }

    private static ReleaseParts PartOf(string member) => member switch
    {
        nameof(ReleaseRecord.Body) => ReleaseParts.Body,
        nameof(ReleaseRecord.Paragraphs) => ReleaseParts.Paragraphs,
        nameof(ReleaseRecord.AlternateTitles) => ReleaseParts.AlternateTitles,
        nameof(ReleaseRecord.Warnings) => ReleaseParts.Warnings,
        nameof(ReleaseRecord.EntityIds) => ReleaseParts.EntityIds,
        _ => ReleaseParts.None,
    };

    public Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, ReleaseRecord>>(FindRemembered<ReleaseRecord>(_releasesById, Releases.Name, ids).ToDictionary(r => r.Id));

    public Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default) =>
        Task.FromResult<ReleaseRecord?>(Releases.FindOne(r => r.Checksum == checksum));

    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query(Entities, LiteDbFilterTranslator.Translate(QueryFilters.Of(query), EntityFields), QueryFilters.OrderOf(query), EntityFields, page, e => e.Id));

    /// <summary>Each entity is mapped once per commit and copied for every read (see <see cref="CommitScopedDocuments.FindRecords{T}"/>).</summary>
    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindEntities(ids, entity => entity.Copy()));

    /// <summary>The remembered records themselves: the caller promised not to change them.</summary>
    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesToReadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindEntities(ids, entity => entity));

    private IReadOnlyDictionary<string, EntityRecord> FindEntities(IReadOnlyCollection<string> ids, Func<EntityRecord, EntityRecord> handOut)
    {
        if (ids.Count == 0) return new Dictionary<string, EntityRecord>();
        var commits = Interlocked.Read(ref _commits); // before reading, as in FindRemembered
        var raw = _db.GetCollection(Entities.Name);
        var found = _entitiesById.FindRecords(commits, ids, missing => FindByIds(raw, missing), document => _db.Mapper.ToObject<EntityRecord>(document), handOut);
        return found.ToDictionary(e => e.Id);
    }

    public Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindByIds(MentionDocuments, releaseIds).SelectMany(d => d.Mentions).OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToLookup(m => m.ReleaseId));

    public Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        // A release mentions only entities it names (its EntityIds), so their releases hold every mention of them.
        var releaseIds = wanted.SelectMany(ReleasesNewestFirst).ToHashSet(StringComparer.Ordinal);
        var mentions = FindByIds(MentionDocuments, releaseIds).SelectMany(d => d.Mentions).Where(m => wanted.Contains(m.EntityId));
        return Task.FromResult(mentions.OrderBy(m => m.ReleaseId, StringComparer.Ordinal).ThenBy(m => m.Paragraph).ThenBy(m => m.Start).ToLookup(m => m.EntityId));
    }

    public Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindIn(Entities, "ParentId", parentIds).OrderBy(e => e.Name, StringComparer.Ordinal).ToLookup(e => e.ParentId!));

    public Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default)
    {
        var events = participantIds.Distinct()
            .SelectMany(id => Entities.Find(BsonExpression.Create("$.ParticipantIds[*] ANY = @0", id)).Select(e => (id, e)))
            .OrderBy(x => x.e.StartDate)
            .ToLookup(x => x.id, x => x.e);
        return Task.FromResult(events);
    }

    public Task<IReadOnlyDictionary<string, Page<string>>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        var pages = new Dictionary<string, Page<string>>(StringComparer.Ordinal);
        foreach (var id in entityIds.Distinct())
        {
            var newestFirst = ReleasesNewestFirst(id);
            var (offset, limit) = page.Window(newestFirst.Length);
            pages[id] = new Page<string>(newestFirst[offset..(offset + limit)], offset, newestFirst.Length);
        }
        return Task.FromResult<IReadOnlyDictionary<string, Page<string>>>(pages);
    }

    public Task<ILookup<string, CoMention>> GetCoMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var stored = FindByIds(CoMentions, entityIds).ToDictionary(d => d["_id"].AsString, CoMentionList.FromDocument);
        // A database written before the lists were kept has none yet: those entities are counted from their releases.
        var counted = CountCoMentions(entityIds.Distinct().Where(id => !stored.ContainsKey(id)).ToList());
        var related = entityIds.Distinct()
            .SelectMany(id => (stored.TryGetValue(id, out var list) ? list : counted.Ranked(id)).Select(c => (id, c)))
            .ToLookup(x => x.id, x => x.c);
        return Task.FromResult(related);
    }

    /// <summary>
    /// The entities named in the releases that name one of <paramref name="entityIds"/>, counted for each of them; each
    /// such release is read once.
    /// </summary>
    private CoMentionCounter CountCoMentions(IReadOnlyCollection<string> entityIds)
    {
        var counter = new CoMentionCounter(entityIds);
        if (entityIds.Count == 0) return counter;
        foreach (var release in ReleasesNamingAny(entityIds)) counter.Add(release.EntityIds.Select(id => id.AsString));
        return counter;
    }

    private static readonly BsonExpression NewestDate = BsonExpression.Create("$.Newest");

    public Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var byKind = Enum.GetValues<EntityKind>()
            .Select(kind => (kind, Entities.Count(BsonExpression.Create("$.Kind = @0", kind.ToString()))))
            .ToList();
        // Each release's newest date (publication, else event) from the order documents' date index alone: reading the
        // releases decoded every whole release to project two dates.
        var byMonth = ReleaseOrder.Query()
            .OrderBy(NewestDate)
            .Select(NewestDate)
            .ToDocuments()
            .Where(d => d["Newest"].IsDateTime)
            .GroupBy(d => d["Newest"].AsDateTime.ToUniversalTime().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToList();
        return Task.FromResult(new CorpusStatistics(Releases.Count(), Entities.Count(), byKind, byMonth));
    }

    public Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default)
    {
        InTransaction(deferrable: true, change: affected =>
        {
            var merges = MergeRules();
            foreach (var write in writes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Store(write.Release, write.Extraction, merges, affected);
            }
            return true;
        });
        return Task.CompletedTask;
    }

    public Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) =>
        Task.FromResult(InTransaction(affected =>
        {
            // Checked under the write lock, so two clients importing the same text at once get one release.
            var release = write.Release;
            if (Releases.FindOne(r => r.Checksum == release.Checksum) is { } twin) throw new DuplicateReleaseException(twin);
            if (Releases.Exists(r => r.Id == release.Id))
            {
                if (exactSlug) throw new SlugTakenException(release.Id);
                release.Id = FreeSlug(release.Id, release.Checksum);
            }
            Store(release, write.Extraction, MergeRules(), affected);
            return release;
        }));

    public Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) =>
        Task.FromResult(InTransaction(affected =>
        {
            var current = Releases.FindById(release.Id) ?? throw new ReleaseNotFoundException(release.Id);
            if (Releases.FindOne(r => r.Checksum == release.Checksum && r.Id != release.Id) is { } twin) throw new DuplicateReleaseException(twin);
            release.CreatedAt = current.CreatedAt;
            if (extraction is null)
            {
                release.EntityIds = current.EntityIds;
                Releases.Update(release);
                WriteReleaseOrder(release, StoredReferenceKeys(release.Id));
                _releaseTextChanged = true;
            }
            else
            {
                Store(release, extraction, MergeRules(), affected);
            }
            return release;
        }));

    public Task<EntityRecord> CurateEntityAsync(string entityId, EntityCuration curation, CancellationToken cancellationToken = default) =>
        Task.FromResult(InTransaction(affected =>
        {
            if (!Entities.Exists(e => e.Id == entityId)) throw new EntityNotFoundException(entityId);
            var rule = Curation.FindById(entityId) ?? new CurationRuleRecord { Id = entityId };
            if (curation.Name is not null) rule.Name = curation.Name;
            if (curation.Aliases is not null) rule.Aliases = [.. curation.Aliases];
            Curation.Upsert(rule);
            affected.Add(entityId);
            return entityId;
        }, id => Entities.FindById(id)));

    public Task<EntityRecord> MergeEntitiesAsync(string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(InTransaction(affected =>
        {
            var target = Entities.FindById(targetId) ?? throw new EntityNotFoundException(targetId);
            var sources = sourceIds.Distinct().Select(id => Entities.FindById(id) ?? throw new EntityNotFoundException(id)).ToList();
            if (sources.Any(s => s.Id == targetId || s.Kind != target.Kind))
                throw new ArgumentException("Sources must be other entities of the target's kind.", nameof(sourceIds));

            // The target keeps its name (a source's name could otherwise win the vote in EntityMerger), and an
            // explicit alias list on it absorbs the sources' names, as extracted aliases would.
            var targetRule = Curation.FindById(targetId) ?? new CurationRuleRecord { Id = targetId };
            targetRule.Name ??= target.Name;
            if (targetRule.Aliases is not null)
                targetRule.Aliases = [.. targetRule.Aliases.Concat(sources.SelectMany(s => s.Aliases.Prepend(s.Name))).Distinct(StringComparer.OrdinalIgnoreCase)];
            Curation.Upsert(targetRule);
            foreach (var source in sources)
                Curation.Upsert(new CurationRuleRecord { Id = source.Id, MergedInto = targetId });

            var merges = MergeRules();
            foreach (var releaseId in ReleasesReferring(sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)))
            {
                var release = Releases.FindById(releaseId);
                if (release is null) continue;
                affected.UnionWith(release.EntityIds);
                var byRelease = BsonExpression.Create("$.ReleaseId = @0", releaseId);
                var stored = new ExtractionRecords(
                    FactDocuments.FindById(releaseId)?.Facts ?? [], MentionDocuments.FindById(releaseId)?.Mentions ?? [], Roles.Find(byRelease).ToList());
                var rekeyed = CurationRules.Rekey(stored, merges);
                Roles.DeleteMany(byRelease);
                Insert(releaseId, rekeyed);
                release.EntityIds = [.. rekeyed.EntityIds];
                Releases.Update(release);
                WriteReleaseOrder(release, ReferenceKeys(rekeyed.Facts));
                affected.UnionWith(rekeyed.EntityIds);
            }
            affected.Add(targetId);
            affected.UnionWith(sources.Select(s => s.Id));
            return targetId;
        }, id => Entities.FindById(id)));

    /// <summary>Releases whose facts, mentions or roles name one of <paramref name="keys"/>, also as a participant, parent, place ….</summary>
    private HashSet<string> ReleasesReferring(HashSet<string> keySet)
    {
        var keys = new BsonArray(keySet.Select(key => new BsonValue(key)));
        var releases = ReleasesNamingAny(keySet).Select(release => release.Id);
        // Every release's facts are read: no index covers what an entity refers to (merges are rare).
        var facts = FactDocuments.FindAll().Where(d => d.Facts.Any(f => RefersToAny(f.Entity, keySet))).Select(d => d.Id);
        var roles = _db.GetCollection("roles").Query()
            .Where(BsonExpression.Create("$.OrganizationId IN @0 OR $.CountryId IN @0", keys))
            .Select("$.ReleaseId").ToDocuments().Select(d => d["ReleaseId"].AsString);
        return [.. releases.Concat(facts).Concat(roles)];
    }

    private static bool RefersToAny(EntityRecord entity, HashSet<string> keys) =>
        new[] { entity.ParentId, entity.CountryId, entity.PlaceId, entity.AdoptedAtId }.Any(key => key is not null && keys.Contains(key))
        || entity.ParticipantIds.Any(keys.Contains) || entity.DocumentIds.Any(keys.Contains);

    /// <summary>Every merge rule, source key → target key (few: one per merged entity).</summary>
    private Dictionary<string, string> MergeRules() =>
        Curation.Find(BsonExpression.Create("$.MergedInto != null")).ToDictionary(r => r.Id, r => r.MergedInto!, StringComparer.Ordinal);

    /// <summary>Writes a release and what was extracted from it, replacing what an earlier version contributed.</summary>
    private void Store(ReleaseRecord release, ExtractionResult extraction, IReadOnlyDictionary<string, string> merges, HashSet<string> affected)
    {
        // A new release is inserted: an upsert looks every document up by id first, four lookups per release for nothing.
        var replace = RemoveReleaseContent(release.Id, affected);
        _releaseTextChanged = true;
        var records = CurationRules.Rekey(ExtractionRecords.From(release.Id, extraction), merges);
        release.EntityIds = [.. records.EntityIds];
        Write(Releases, release, replace);
        WriteReleaseOrder(release, ReferenceKeys(records.Facts), replace);
        Insert(release.Id, records, replace);
        affected.UnionWith(records.AllEntityIds);
    }

    /// <summary>Writes what a release contributes: one facts document, one mentions document, its roles; <paramref name="replace"/> when the release may have them already.</summary>
    private void Insert(string releaseId, ExtractionRecords records, bool replace = true)
    {
        var mentionCounts = records.Mentions.CountBy(m => m.EntityId).ToDictionary(StringComparer.Ordinal);
        foreach (var fact in records.Facts) fact.Entity.MentionCount = mentionCounts.GetValueOrDefault(fact.EntityId);
        var facts = new ReleaseFactsDocument { Id = releaseId, Facts = [.. records.Facts] };
        var mentions = new ReleaseMentionsDocument { Id = releaseId, Mentions = [.. records.Mentions] };
        Write(FactDocuments, facts, replace);
        Write(MentionDocuments, mentions, replace);
        Roles.InsertBulk(records.Roles);
    }

    /// <summary>
    /// Upserts a document that may be stored already, inserts one that cannot be: an upsert looks the id up first, a
    /// lookup for nothing on every new release of a bulk load.
    /// </summary>
    private static void Write<T>(ILiteCollection<T> collection, T document, bool replace)
    {
        if (replace) collection.Upsert(document);
        else collection.Insert(document);
    }

    /// <summary>
    /// <paramref name="slug"/> made unique with the checksum, which is unique among stored releases: the same
    /// title can be created many times without probing a numbered sequence.
    /// </summary>
    private string FreeSlug(string slug, string checksum)
    {
        // Room for "-" + 16 hex digits + "-" + a counter within Slugs.MaxLength.
        var stem = slug.Length > Slugs.MaxLength - 24 ? slug[..(Slugs.MaxLength - 24)].TrimEnd('-') : slug;
        var candidates = new[] { $"{stem}-{checksum[..8]}", $"{stem}-{checksum[..16]}" }
            .Concat(Enumerable.Range(2, int.MaxValue - 2).Select(n => $"{stem}-{checksum[..16]}-{n}"));
        return candidates.First(candidate => !Releases.Exists(r => r.Id == candidate));
    }

    public Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(InTransaction(affected =>
        {
            var existed = RemoveReleaseContent(id, affected);
            Releases.Delete(id);
            DeleteReleaseOrder(id);
            _releaseTextChanged |= existed;
            return existed;
        }));

    /// <summary>Runs <paramref name="change"/> and the recomputation of every entity it touched as one transaction.</summary>
    private T InTransaction<T>(Func<HashSet<string>, T> change, bool deferrable = false, KnownEvidence? known = null) =>
        InTransaction(change, result => result, deferrable, known);

    /// <summary>
    /// As above; <paramref name="read"/> then reads the result after the recomputation, in the same transaction.
    /// During a bulk load a <paramref name="deferrable"/> change only marks its entities for recomputation.
    /// <paramref name="known"/>, when given, holds what is stored about the entities the change touches.
    /// </summary>
    private TResult InTransaction<T, TResult>(Func<HashSet<string>, T> change, Func<T, TResult> read, bool deferrable = false,
        KnownEvidence? known = null)
    {
        lock (_writeLock)
        {
            _db.BeginTrans();
            _releaseTextChanged = false;
            try
            {
                var affected = new HashSet<string>(StringComparer.Ordinal);
                var changed = change(affected);
                List<string>? marked = null;
                if (deferrable && _bulkLoads > 0) Stale.Upsert((marked = affected.Where(id => !_markedStale.Contains(id)).ToList()).Select(id => new BsonDocument { ["_id"] = id }));
                else RecomputeEntities(affected, known);
                var result = read(changed);
                var version = _releaseTextChanged ? _releasesVersion.Next() : _releasesVersion;
                if (_releaseTextChanged) Versions.Upsert(VersionDocument(version));
                _db.Commit();
                if (marked is not null) _markedStale.UnionWith(marked);
                _releasesVersion = version;
                Interlocked.Increment(ref _commits);
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    private bool RemoveReleaseContent(string releaseId, HashSet<string> affected)
    {
        var existing = Releases.FindById(releaseId);
        if (existing is null) return false;
        // Every entity the release described, referenced ones included, must be recomputed without it.
        if (FactDocuments.FindById(releaseId) is { } facts) affected.UnionWith(facts.Facts.Select(f => f.EntityId));
        FactDocuments.Delete(releaseId);
        MentionDocuments.Delete(releaseId);
        Roles.DeleteMany(BsonExpression.Create("$.ReleaseId = @0", releaseId));
        return true;
    }

    /// <summary>
    /// Refolds entities from their facts, mention counts, titles and curation rules. Everything is read for all of
    /// <paramref name="entityIds"/> at once (a handful of queries, not a handful per entity), then each is derived
    /// exactly as if alone.
    /// </summary>
    private void RecomputeEntities(IReadOnlyCollection<string> entityIds, KnownEvidence? known)
    {
        if (entityIds.Count == 0) return;
        known ??= ReadEvidence(entityIds);
        var rules = FindByIds(Curation, entityIds).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var existing = FindByIds(Entities, entityIds).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var rolesByPerson = FindIn(Roles, "PersonId", entityIds).ToLookup(r => r.PersonId, StringComparer.Ordinal);

        foreach (var entityId in entityIds)
        {
            var fold = known.Folds.GetValueOrDefault(entityId);
            var entity = EntityRecomputation.Recompute(entityId, rules.GetValueOrDefault(entityId), fold, existing.GetValueOrDefault(entityId),
                fold?.MentionCount ?? 0, () => EntityRecomputation.DistinctTitles(rolesByPerson[entityId]));
            if (entity is null)
            {
                Entities.Delete(entityId);
                CoMentions.Delete(entityId);
                continue;
            }
            Entities.Upsert(entity);
            CoMentions.Upsert(CoMentionList.ToDocument(entityId, known.CoMentions.Ranked(entityId)));
        }
    }

    /// <summary>More entities than this to recompute and their evidence is read from every facts document.</summary>
    private const int ScanAllAbove = 2_000;

    /// <summary>
    /// What recomputing <paramref name="entityIds"/> needs from the releases, in one pass over the facts documents that
    /// name any of them, each read once and let go: their facts folded per entity (<see cref="EntityFold"/>), and the
    /// co-mentions counted from each release's mentioned entities (the facts that are not references, which are the
    /// release's <c>EntityIds</c>). Nothing held grows with the number of releases read, only with the entities.
    /// </summary>
    private KnownEvidence ReadEvidence(IReadOnlyCollection<string> entityIds)
    {
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var folds = new Dictionary<string, EntityFold>(StringComparer.Ordinal);
        var coMentions = new CoMentionCounter(wanted);
        var named = new List<string>();
        // Past a few thousand entities (a bulk load's end) nearly every release names one of them: reading the documents
        // in storage order costs less than a lookup per entity, each document found many times over and set aside.
        var documents = wanted.Count > ScanAllAbove ? FactDocuments.FindAll() : FactsDocumentsDescribing(wanted);
        foreach (var document in documents)
        {
            named.Clear();
            foreach (var fact in document.Facts)
            {
                if (!fact.Referenced) named.Add(fact.EntityId);
                if (!wanted.Contains(fact.EntityId)) continue; // another entity, or a hash collision
                if (!folds.TryGetValue(fact.EntityId, out var fold)) folds.Add(fact.EntityId, fold = new EntityFold(fact.EntityId));
                fold.Add(fact.Entity, fact.Referenced, fact.ReleaseId);
            }
            coMentions.Add(named);
        }
        return new KnownEvidence(folds, coMentions);
    }

    /// <summary>Records by id, from the documents remembered since the last commit where it can; each call maps its own records.</summary>
    private IEnumerable<T> FindRemembered<T>(CommitScopedDocuments remembered, string collection, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        var commits = Interlocked.Read(ref _commits); // before reading: a commit landing meanwhile makes these documents unusable
        var raw = _db.GetCollection(collection);
        return remembered.Find(commits, ids, missing => FindByIds(raw, missing)).Select(document => _db.Mapper.ToObject<T>(document));
    }

    private static List<T> FindByIds<T>(ILiteCollection<T> collection, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : collection.Find(BsonExpression.Create("$._id IN @0", new BsonArray(ids.Distinct().Select(id => new BsonValue(id))))).ToList();

    private static List<T> FindIn<T>(ILiteCollection<T> collection, string field, IReadOnlyCollection<string> values) =>
        values.Count == 0 ? [] : collection.Find(BsonExpression.Create($"$.{field} IN @0", new BsonArray(values.Distinct().Select(v => new BsonValue(v))))).ToList();

    /// <summary>
    /// Per-release documents whose <c>EntityKeys</c> hold the hash of one of <paramref name="entityIds"/>, each once; a
    /// document may name none of them (a collision), so callers match the ids.
    /// </summary>
    private static IEnumerable<T> FindByEntityKeys<T>(ILiteCollection<T> collection, IReadOnlyCollection<string> entityIds) =>
        entityIds.Count == 0 ? [] : collection.Find(AnyEntityKeyIn(NameKeys(entityIds)));

    /// <summary>The <see cref="EntityKeyHash"/>es of the entities' ids, as stored in <c>EntityKeys</c>.</summary>
    private static IEnumerable<BsonValue> NameKeys(IReadOnlyCollection<string> entityIds) => EntityKeyHash.Of(entityIds).Select(key => new BsonValue(key));

    /// <summary>Documents whose <c>EntityKeys</c> hold any of <paramref name="keys"/>, through that index.</summary>
    private static BsonExpression AnyEntityKeyIn(IEnumerable<BsonValue> keys) => BsonExpression.Create("$.EntityKeys[*] ANY IN @0", new BsonArray(keys));

    /// <summary>
    /// One sort field is ordered by LiteDB over its index. LiteDB has no ThenBy, so several sort fields are
    /// ordered here over a projection of just the keys, and only the requested page is loaded in full, or through
    /// <paramref name="select"/> when given (a document of the fields to read).
    /// </summary>
    private Page<T> Query<T>(ILiteCollection<T> collection, BsonExpression? where, IReadOnlyList<SortField>? order, FieldMap fields, PageRequest page, Func<T, string> idOf,
        BsonExpression? select = null)
    {
        List<T> Read(ILiteQueryable<T> query, int offset, int limit) => select is null
            ? query.Skip(offset).Limit(limit).ToList()
            : query.Select(select).Skip(offset).Limit(limit).ToDocuments().Select(_db.Mapper.ToObject<T>).ToList();

        ILiteQueryable<T> Filtered() => where is null ? collection.Query() : collection.Query().Where(where);
        var total = Total(collection.Name, where, () => Filtered().Count());
        var (offset, limit) = page.Window(total);
        if (limit == 0) return new Page<T>([], offset, total);

        var sort = order is { Count: > 0 } ? order : [new SortField("__id", false)];
        if (sort.Count == 1)
        {
            var path = sort[0].Field == "__id" ? "$._id" : fields[sort[0].Field].SortPath;
            var items = Read(Filtered().OrderBy(SortExpressions.GetOrAdd(path, BsonExpression.Create), sort[0].Descending ? LiteDB.Query.Descending : LiteDB.Query.Ascending), offset, limit);
            return new Page<T>(items, offset, total);
        }

        var keys = sort.Select(s => fields[s.Field].SortPath).ToList();
        var projection = "{_id: $._id, " + string.Join(", ", keys.Select((k, i) => $"k{i}: {k}")) + "}";
        var raw = _db.GetCollection(collection.Name);
        var ordered = (where is null ? raw.Query() : raw.Query().Where(where)).Select(projection).ToDocuments().ToList();
        var collation = _db.Collation;
        ordered.Sort((a, b) =>
        {
            for (var i = 0; i < sort.Count; i++)
            {
                var c = a[$"k{i}"].CompareTo(b[$"k{i}"], collation);
                if (c != 0) return sort[i].Descending ? -c : c;
            }
            return a["_id"].CompareTo(b["_id"], collation);
        });
        var pageIds = ordered.Skip(offset).Take(limit).Select(d => d["_id"]).ToList();
        var loaded = Read(collection.Query().Where(BsonExpression.Create("$._id IN @0", new BsonArray(pageIds))), 0, int.MaxValue);
        var byId = loaded.ToDictionary(item => new BsonValue(idOf(item)));
        return new Page<T>(pageIds.Select(id => byId[id]).ToList(), offset, total);
    }

    /// <summary>Sort paths parsed once, as the projections are: parsing one for every page was a few percent of a small list's CPU time.</summary>
    private static readonly ConcurrentDictionary<string, BsonExpression> SortExpressions = new(StringComparer.Ordinal);

    private int Total(string collection, BsonExpression? where, Func<int> count) =>
        // Read before counting: a commit that lands while counting makes this total stale, and it is then not reused.
        _totals.GetOrCompute(Interlocked.Read(ref _commits), where is null ? collection : $"{collection}\n{where.Source}\n{where.Parameters}", count);

    /// <summary>
    /// Seeding many releases: each batch still commits atomically, but entities are recomputed once when the load
    /// ends instead of after every batch (an entity named in every release would otherwise be refolded from all its
    /// facts per batch, which grows with the square of the corpus).
    /// </summary>
    public IDisposable BeginBulkLoad()
    {
        lock (_writeLock)
        {
            // Batches commit as usual, but the log is forced to disk once at the end instead of page by page.
            if (++_bulkLoads == 1) _log.DeferSync = true;
        }
        return new BulkLoad(this);
    }

    private void EndBulkLoad()
    {
        lock (_writeLock)
        {
            if (--_bulkLoads > 0) return;
            _markedStale.Clear();
            RecomputeStale();
            _log.DeferSync = false;
            _log.Sync();
        }
    }

    private void RecomputeStale()
    {
        const int chunk = 500;
        lock (_writeLock)
        {
            var stale = Stale.Query().Select("$._id").ToDocuments().Select(d => d["_id"].AsString).ToList();
            if (stale.Count == 0) return;
            // Facts read once for all: most chunks hold an entity that nearly every release names, so reading per
            // chunk would read nearly every release's facts once per chunk. They are folded as they are read, so the
            // memory this takes grows with the entities, not with the releases.
            var known = ReadEvidence(stale);
            foreach (var ids in stale.Chunk(chunk))
            {
                // The ids become the transaction's affected entities, recomputed and unmarked in one commit.
                InTransaction(affected =>
                {
                    affected.UnionWith(ids);
                    return Stale.DeleteMany(BsonExpression.Create("$._id IN @0", new BsonArray(ids.Select(id => new BsonValue(id)))));
                }, known: known);
            }
        }
    }

    /// <summary>
    /// Databases written before <see cref="ReleaseFactsDocument"/> and <see cref="ReleaseMentionsDocument"/> keep a
    /// document per fact and per mention (collections <c>facts</c>, <c>mentions</c>). They are moved into the
    /// per-release documents, and the old ones deleted, in one transaction: a crash leaves the old layout whole, and
    /// the next start moves it again. LiteDB cannot drop a collection inside a transaction, so the emptied
    /// collections are dropped after the commit (or, after a crash, at the next start).
    /// </summary>
    private void MoveContentsIntoReleaseDocuments()
    {
        const string oldFacts = "facts", oldMentions = "mentions";
        if (!_db.CollectionExists(oldFacts) && !_db.CollectionExists(oldMentions)) return;
        lock (_writeLock)
        {
            var facts = _db.GetCollection<EntityFactRecord>(oldFacts);
            var mentions = _db.GetCollection<MentionRecord>(oldMentions);
            if (facts.Count() + mentions.Count() > 0)
            {
                InLayoutTransaction(() =>
                {
                    var releaseIds = _db.GetCollection("releases").Query().Select("$._id").ToDocuments().Select(d => d["_id"].AsString).ToList();
                    foreach (var ids in releaseIds.Chunk(500))
                    {
                        var factsByRelease = FindIn(facts, "ReleaseId", ids).ToLookup(f => f.ReleaseId, StringComparer.Ordinal);
                        // In the order they were read before: by position, ties as they were stored.
                        var mentionsByRelease = FindIn(mentions, "ReleaseId", ids)
                            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ThenBy(m => m.Id)
                            .ToLookup(m => m.ReleaseId, StringComparer.Ordinal);
                        foreach (var id in ids) Insert(id, new ExtractionRecords([.. factsByRelease[id]], [.. mentionsByRelease[id]], []));
                    }
                    facts.DeleteAll();
                    mentions.DeleteAll();
                });
            }
            _db.DropCollection(oldFacts);
            _db.DropCollection(oldMentions);
        }
    }

    /// <summary>
    /// One start-up change of an older database's layout, all or nothing: a crash before the commit leaves the old layout,
    /// which the next start changes again. Callers hold the write lock.
    /// </summary>
    private void InLayoutTransaction(Action change)
    {
        _db.BeginTrans();
        try
        {
            change();
            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Read once for many recomputations (the store does not change in between): every stored fact about the entities,
    /// folded per entity, and their co-mentions counted.
    /// </summary>
    private sealed record KnownEvidence(IReadOnlyDictionary<string, EntityFold> Folds, CoMentionCounter CoMentions);

    private sealed class BulkLoad(LiteDbCorpusStore store) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) store.EndBulkLoad();
        }
    }

    public void Dispose()
    {
        _db.Dispose(); // checkpoints the log into the data file
        _log.Dispose();
    }
}
