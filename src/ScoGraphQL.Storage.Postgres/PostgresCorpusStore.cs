using Npgsql;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Writing;
using static ScoGraphQL.Storage.Postgres.PostgresCommands;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// The corpus in PostgreSQL, shared by any number of API replicas. Semantics are the LiteDB store's (same records,
/// ids, paging and refusals); reads are plain MVCC queries, each write is one transaction (see <see cref="InTransactionAsync{T,TResult}"/>).
/// Search is in the same rows (<see cref="PostgresSearchIndex"/>), so it commits with every write.
/// </summary>
public sealed class PostgresCorpusStore : ICorpusStore, IDisposable
{
    private static readonly FieldMap ReleaseColumns = new(new Dictionary<string, FieldMapping>
    {
        [ReleaseQuery.Fields.Title] = new("title"),
        [ReleaseQuery.Fields.Slug] = new("id"),
        [ReleaseQuery.Fields.Body] = new("body"),
        [ReleaseQuery.Fields.PublishedAt] = new("published_at"),
        [ReleaseQuery.Fields.EventDate] = new("event_date"),
        [ReleaseQuery.Fields.WordCount] = new("word_count"),
        [QueryFilters.MentionedEntity] = new(null, ["entity_ids"]),
    });

    private static readonly FieldMap EntityColumns = new(new Dictionary<string, FieldMapping>
    {
        [EntityQuery.Fields.Name] = new("name"),
        [EntityQuery.Fields.AnyName] = new("name", ["aliases"]),
        [EntityQuery.Fields.MentionCount] = new("mention_count"),
        [EntityQuery.Fields.StartDate] = new("start_date"),
        [EntityQuery.Fields.EndDate] = new("end_date"),
        [QueryFilters.EntityKind] = new("kind"),
    });

    /// <summary>
    /// Every write takes this transaction-scoped advisory lock ("sco-writ" in ASCII) first, so writers from all replicas
    /// run one at a time, as LiteDB's writers do within one process. Recomputing an entity reads every fact about it
    /// across releases; under SERIALIZABLE, two writes touching a popular entity (SCO is in every release) would
    /// conflict almost always and retry, so one queue is both simpler and no slower. Readers never wait for it.
    /// </summary>
    private const long WriteLockKey = 0x73636f2d77726974;

    private readonly NpgsqlDataSource _dataSource;
    private int _bulkLoads;

    /// <summary>Opens the store: applies pending schema migrations and finishes a bulk load a crash interrupted.</summary>
    public PostgresCorpusStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        AppliedMigrations = PostgresMigrations.Apply(_dataSource);
        RecomputeStaleAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Versions this instance applied when it opened (empty when another replica, or an earlier start, had).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; }

    internal NpgsqlDataSource DataSource => _dataSource;

    public Task<Page<ReleaseRecord>> QueryReleasesAsync(ReleaseQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        QueryPageAsync<ReleaseRecord>("releases", QueryFilters.Of(query), query.Order, ReleaseColumns, page, cancellationToken);

    public async Task<IReadOnlyDictionary<string, ReleaseRecord>> GetReleasesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        (await DocumentsAsync<ReleaseRecord>("SELECT doc FROM releases WHERE id = ANY(@ids)", ids, cancellationToken)).ToDictionary(r => r.Id);

    public async Task<ReleaseRecord?> FindReleaseByChecksumAsync(string checksum, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await new PostgresCorpusWriter(connection, cancellationToken).FindByChecksumAsync(checksum);
    }

    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        QueryPageAsync<EntityRecord>("entities", QueryFilters.Of(query), QueryFilters.OrderOf(query), EntityColumns, page, cancellationToken);

    public async Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        (await DocumentsAsync<EntityRecord>("SELECT doc FROM entities WHERE id = ANY(@ids)", ids, cancellationToken)).ToDictionary(e => e.Id);

    public async Task<ILookup<string, MentionRecord>> GetMentionsByReleaseAsync(IReadOnlyCollection<string> releaseIds, CancellationToken cancellationToken = default) =>
        (await RowsAsync($"SELECT {PostgresCorpusWriter.MentionColumns} FROM mentions WHERE release_id = ANY(@ids) ORDER BY paragraph, start_offset, id",
            PostgresCorpusWriter.ReadMention, releaseIds, cancellationToken)).ToLookup(m => m.ReleaseId);

    public async Task<ILookup<string, MentionRecord>> GetMentionsByEntityAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        (await RowsAsync($"SELECT {PostgresCorpusWriter.MentionColumns} FROM mentions WHERE entity_id = ANY(@ids) ORDER BY release_id COLLATE \"C\", paragraph, start_offset, id",
            PostgresCorpusWriter.ReadMention, entityIds, cancellationToken)).ToLookup(m => m.EntityId);

    public async Task<ILookup<string, EntityRecord>> GetChildrenAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) =>
        (await DocumentsAsync<EntityRecord>("SELECT doc FROM entities WHERE parent_id = ANY(@ids) ORDER BY name COLLATE \"C\", id", parentIds, cancellationToken))
        .ToLookup(e => e.ParentId!);

    public async Task<ILookup<string, EntityRecord>> GetEventsByParticipantAsync(IReadOnlyCollection<string> participantIds, CancellationToken cancellationToken = default) =>
        (await RowsAsync("""
            SELECT p.id, e.doc FROM unnest(@ids::text[]) AS p(id)
            JOIN entities e ON e.participant_ids @> ARRAY[p.id]
            ORDER BY e.start_date NULLS FIRST, e.id
            """, r => (Participant: r.GetString(0), Event: FromJson<EntityRecord>(r.GetString(1))), participantIds, cancellationToken))
        .ToLookup(x => x.Participant, x => x.Event);

    public async Task<IReadOnlyDictionary<string, Page<string>>> GetReleaseIdsByEntityAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        var ids = entityIds.Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, Page<string>>();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot for the totals and the windows, so a concurrent write cannot make them disagree.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var totals = (await QueryAsync(connection, """
            SELECT e.id, (SELECT count(*)::integer FROM releases r WHERE r.entity_ids @> ARRAY[e.id])
            FROM unnest(@ids::text[]) AS e(id)
            """, r => (Entity: r.GetString(0), Total: r.GetInt32(1)), cancellationToken, P("ids", ids)))
            .ToDictionary(x => x.Entity, x => x.Total);
        var windows = ids.Select(id => (Entity: id, Window: page.Window(totals[id]))).ToList();
        // Each entity's window is cut in SQL (its offset and limit differ with its total). Ties go by id in byte order,
        // whatever the database's locale, as LiteDB's store orders them.
        var rows = await QueryAsync(connection, """
            SELECT w.entity, p.id FROM unnest(@entities::text[], @offsets::integer[], @limits::integer[]) AS w(entity, skip, take)
            CROSS JOIN LATERAL (
                SELECT r.id, coalesce(r.published_at, r.event_date) AS newest FROM releases r WHERE r.entity_ids @> ARRAY[w.entity]
                ORDER BY newest DESC NULLS LAST, r.id COLLATE "C"
                OFFSET w.skip LIMIT w.take
            ) AS p
            ORDER BY w.entity, p.newest DESC NULLS LAST, p.id COLLATE "C"
            """, r => (Entity: r.GetString(0), Release: r.GetString(1)), cancellationToken,
            P("entities", windows.Select(w => w.Entity).ToArray()),
            P("offsets", windows.Select(w => w.Window.Offset).ToArray()),
            P("limits", windows.Select(w => w.Window.Limit).ToArray()));
        var byEntity = rows.ToLookup(x => x.Entity, x => x.Release);
        return windows.ToDictionary(w => w.Entity, w => new Page<string>(byEntity[w.Entity].ToList(), w.Window.Offset, totals[w.Entity]));
    }

    public async Task<ILookup<string, CoMention>> GetCoMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        // Only the entity_ids arrays are read: "related" never needs the release text.
        (await RowsAsync("""
            SELECT e.id, other, count(DISTINCT r.id)::integer AS shared
            FROM unnest(@ids::text[]) AS e(id)
            JOIN releases r ON r.entity_ids @> ARRAY[e.id]
            CROSS JOIN LATERAL unnest(r.entity_ids) AS other
            WHERE other <> e.id
            GROUP BY e.id, other
            ORDER BY e.id, shared DESC, other COLLATE "C"
            """, r => (Entity: r.GetString(0), Mention: new CoMention(r.GetString(1), r.GetInt32(2))), entityIds, cancellationToken))
        .ToLookup(x => x.Entity, x => x.Mention);

    public async Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var counts = (await QueryAsync(connection, "SELECT kind, count(*)::integer FROM entities GROUP BY kind", r => (r.GetString(0), r.GetInt32(1)), cancellationToken))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var byKind = Enum.GetValues<EntityKind>().Select(kind => (kind, counts.GetValueOrDefault(kind.ToString()))).ToList();
        var byMonth = await QueryAsync(connection, """
            SELECT to_char(coalesce(published_at, event_date) AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::integer
            FROM releases WHERE coalesce(published_at, event_date) IS NOT NULL
            GROUP BY 1 ORDER BY 1
            """, r => (r.GetString(0), r.GetInt32(1)), cancellationToken);
        var releases = (await QueryAsync(connection, "SELECT count(*)::integer FROM releases", r => r.GetInt32(0), cancellationToken))[0];
        return new CorpusStatistics(releases, counts.Values.Sum(), byKind, byMonth);
    }

    public IDisposable BeginBulkLoad()
    {
        Interlocked.Increment(ref _bulkLoads);
        return new BulkLoad(this);
    }

    public Task SaveReleasesAsync(IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken = default) =>
        InTransactionAsync(deferrable: true, cancellationToken: cancellationToken, change: async writer =>
        {
            var merges = await writer.MergeRulesAsync();
            foreach (var write in writes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.StoreAsync(write.Release, write.Extraction, merges);
            }
            return true;
        });

    public Task<ReleaseRecord> AddReleaseAsync(ReleaseWrite write, bool exactSlug, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            // Checked under the write lock, so two clients importing the same text at once, on any replica, get one release.
            var release = write.Release;
            if (await writer.FindByChecksumAsync(release.Checksum) is { } twin) throw new DuplicateReleaseException(twin);
            if ((await writer.ExistingReleaseIdsAsync([release.Id])).Count > 0)
            {
                if (exactSlug) throw new SlugTakenException(release.Id);
                release.Id = await FreeSlugAsync(writer, release.Id, release.Checksum);
            }
            await writer.StoreAsync(release, write.Extraction, await writer.MergeRulesAsync());
            return release;
        }, cancellationToken: cancellationToken);

    public Task<ReleaseRecord> UpdateReleaseAsync(ReleaseRecord release, ExtractionResult? extraction, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            var current = await writer.FindReleaseAsync(release.Id) ?? throw new ReleaseNotFoundException(release.Id);
            if (await writer.FindByChecksumAsync(release.Checksum, exceptId: release.Id) is { } twin) throw new DuplicateReleaseException(twin);
            release.CreatedAt = current.CreatedAt;
            if (extraction is null)
            {
                release.EntityIds = current.EntityIds;
                await writer.UpsertReleaseAsync(release);
            }
            else
            {
                await writer.StoreAsync(release, extraction, await writer.MergeRulesAsync());
            }
            return release;
        }, cancellationToken: cancellationToken);

    public Task<EntityRecord> CurateEntityAsync(string entityId, EntityCuration curation, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            if (await writer.FindEntityAsync(entityId) is null) throw new EntityNotFoundException(entityId);
            var rule = await writer.FindRuleAsync(entityId) ?? new CurationRuleRecord { Id = entityId };
            if (curation.Name is not null) rule.Name = curation.Name;
            if (curation.Aliases is not null) rule.Aliases = [.. curation.Aliases];
            await writer.UpsertRuleAsync(rule);
            writer.Affected.Add(entityId);
            return entityId;
        }, ReadEntityAsync, cancellationToken: cancellationToken);

    public Task<EntityRecord> MergeEntitiesAsync(string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            var target = await writer.FindEntityAsync(targetId) ?? throw new EntityNotFoundException(targetId);
            var sources = new List<EntityRecord>();
            foreach (var id in sourceIds.Distinct()) sources.Add(await writer.FindEntityAsync(id) ?? throw new EntityNotFoundException(id));
            if (sources.Any(s => s.Id == targetId || s.Kind != target.Kind))
                throw new ArgumentException("Sources must be other entities of the target's kind.", nameof(sourceIds));

            // The target keeps its name (a source's name could otherwise win the vote in EntityMerger), and an
            // explicit alias list on it absorbs the sources' names, as extracted aliases would.
            var targetRule = await writer.FindRuleAsync(targetId) ?? new CurationRuleRecord { Id = targetId };
            targetRule.Name ??= target.Name;
            if (targetRule.Aliases is not null)
                targetRule.Aliases = [.. targetRule.Aliases.Concat(sources.SelectMany(s => s.Aliases.Prepend(s.Name))).Distinct(StringComparer.OrdinalIgnoreCase)];
            await writer.UpsertRuleAsync(targetRule);
            foreach (var source in sources) await writer.UpsertRuleAsync(new CurationRuleRecord { Id = source.Id, MergedInto = targetId });

            var merges = await writer.MergeRulesAsync();
            foreach (var releaseId in await writer.ReleasesReferringAsync(sources.Select(s => s.Id).ToList()))
            {
                var release = await writer.FindReleaseAsync(releaseId);
                if (release is null) continue;
                writer.Affected.UnionWith(release.EntityIds);
                var rekeyed = CurationRules.Rekey(await writer.StoredRecordsAsync(releaseId), merges);
                await writer.RemoveReleaseContentAsync(releaseId);
                await writer.InsertAsync(rekeyed);
                release.EntityIds = [.. rekeyed.EntityIds];
                await writer.UpsertReleaseAsync(release);
                writer.Affected.UnionWith(rekeyed.EntityIds);
            }
            writer.Affected.Add(targetId);
            writer.Affected.UnionWith(sources.Select(s => s.Id));
            return targetId;
        }, ReadEntityAsync, cancellationToken: cancellationToken);

    public Task<bool> DeleteReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            var existed = await writer.RemoveReleaseContentAsync(id);
            await writer.DeleteReleaseRowAsync(id);
            return existed;
        }, cancellationToken: cancellationToken);

    private static async Task<EntityRecord> ReadEntityAsync(PostgresCorpusWriter writer, string id) =>
        await writer.FindEntityAsync(id) ?? throw new EntityNotFoundException(id);

    private static async Task<string> FreeSlugAsync(PostgresCorpusWriter writer, string slug, string checksum)
    {
        // Candidates are checked a handful per round trip; the first two are almost always free.
        foreach (var candidates in Slugs.WithChecksum(slug, checksum).Chunk(8))
        {
            var taken = await writer.ExistingReleaseIdsAsync(candidates);
            if (candidates.FirstOrDefault(c => !taken.Contains(c)) is { } free) return free;
        }
        throw new InvalidOperationException("unreachable: the candidate sequence is endless");
    }

    private Task<T> InTransactionAsync<T>(Func<PostgresCorpusWriter, Task<T>> change, bool deferrable = false, CancellationToken cancellationToken = default) =>
        InTransactionAsync(change, (_, result) => Task.FromResult(result), deferrable, cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/>, the recomputation of every entity it touched and <paramref name="read"/> (the
    /// result, after recomputation) as one transaction under the writers' advisory lock. Anything thrown rolls it all
    /// back. During a bulk load a <paramref name="deferrable"/> change only marks its entities for recomputation.
    /// </summary>
    private async Task<TResult> InTransactionAsync<T, TResult>(Func<PostgresCorpusWriter, Task<T>> change, Func<PostgresCorpusWriter, T, Task<TResult>> read,
        bool deferrable = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, P("key", WriteLockKey));
        var writer = new PostgresCorpusWriter(connection, cancellationToken);
        var changed = await change(writer);
        if (deferrable && Volatile.Read(ref _bulkLoads) > 0) await writer.MarkAffectedStaleAsync();
        else await writer.RecomputeAffectedAsync();
        var result = await read(writer, changed);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task RecomputeStaleAsync(CancellationToken cancellationToken)
    {
        const int chunk = 500;
        while (true)
        {
            var more = await InTransactionAsync(async writer =>
            {
                var ids = await QueryAsync(writer.Connection, "DELETE FROM stale_entities WHERE id IN (SELECT id FROM stale_entities LIMIT @chunk) RETURNING id",
                    r => r.GetString(0), cancellationToken, P("chunk", chunk));
                await writer.RecomputeAsync(ids);
                return ids.Count > 0;
            }, cancellationToken: cancellationToken);
            if (!more) return;
        }
    }

    private async Task<List<T>> DocumentsAsync<T>(string sql, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await RowsAsync(sql, r => FromJson<T>(r.GetString(0)), ids, cancellationToken);

    /// <summary>A batch read keyed by <c>@ids</c> (a text[]): one round trip whatever the number of keys.</summary>
    private async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> map, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await QueryAsync(connection, sql, map, cancellationToken, P("ids", ids.Distinct().ToArray()));
    }

    /// <summary>Counts the filtered rows, then loads only the requested window, ordered in SQL (ties by id, as LiteDB).</summary>
    private async Task<Page<T>> QueryPageAsync<T>(string table, Filter? filter, IReadOnlyList<SortField>? order, FieldMap columns, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>();
        var where = PostgresFilterTranslator.Translate(filter, columns, parameters);
        var orderBy = string.Join(", ", (order ?? [])
            .Select(s => columns[s.Field].SortPath + (s.Descending ? " DESC NULLS LAST" : " ASC NULLS FIRST"))
            .Append("id COLLATE \"und-x-icu\""));

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot for the count and the page, so a concurrent write cannot make them disagree.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var total = (await QueryAsync(connection, $"SELECT count(*)::integer FROM {table} WHERE {where}", r => r.GetInt32(0), cancellationToken, [.. parameters.Select(p => p.Clone())]))[0];
        var (offset, limit) = page.Window(total);
        if (limit == 0) return new Page<T>([], offset, total);
        var items = await QueryAsync(connection, $"SELECT doc FROM {table} WHERE {where} ORDER BY {orderBy} OFFSET @offset LIMIT @limit",
            r => FromJson<T>(r.GetString(0)), cancellationToken, [.. parameters, P("offset", offset), P("limit", limit)]);
        return new Page<T>(items, offset, total);
    }

    private void EndBulkLoad()
    {
        if (Interlocked.Decrement(ref _bulkLoads) == 0) RecomputeStaleAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private sealed class BulkLoad(PostgresCorpusStore store) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) store.EndBulkLoad();
        }
    }

    public void Dispose() => _dataSource.Dispose();
}
