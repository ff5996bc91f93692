using Npgsql;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;
using static ScoGraphQL.Storage.Postgres.PostgresCommands;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// The steps of one write transaction (the LiteDB store's, in SQL): replace what a release contributes, re-key by
/// curation rules, and recompute every entity touched. <see cref="Affected"/> collects the entities to recompute.
/// </summary>
internal sealed class PostgresCorpusWriter(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    private const int RecomputeChunk = 500;

    public HashSet<string> Affected { get; } = new(StringComparer.Ordinal);

    public NpgsqlConnection Connection => connection;

    public async Task<ReleaseRecord?> FindReleaseAsync(string id) =>
        (await QueryAsync(connection, "SELECT doc FROM releases WHERE id = @id", r => FromJson<ReleaseRecord>(r.GetString(0)), cancellationToken, P("id", id))).FirstOrDefault();

    /// <summary>A release with this checksum other than <paramref name="exceptId"/>.</summary>
    public async Task<ReleaseRecord?> FindByChecksumAsync(string checksum, string? exceptId = null) =>
        (await QueryAsync(connection, "SELECT doc FROM releases WHERE checksum = @checksum AND id IS DISTINCT FROM @except ORDER BY id LIMIT 1",
            r => FromJson<ReleaseRecord>(r.GetString(0)), cancellationToken, P("checksum", checksum), P("except", exceptId))).FirstOrDefault();

    public async Task<HashSet<string>> ExistingReleaseIdsAsync(IReadOnlyCollection<string> ids) =>
        [.. await QueryAsync(connection, "SELECT id FROM releases WHERE id = ANY(@ids)", r => r.GetString(0), cancellationToken, P("ids", ids.ToArray()))];

    public async Task<EntityRecord?> FindEntityAsync(string id) =>
        (await QueryAsync(connection, "SELECT doc FROM entities WHERE id = @id", r => FromJson<EntityRecord>(r.GetString(0)), cancellationToken, P("id", id))).FirstOrDefault();

    /// <summary>Every merge rule, source key → target key (few: one per merged entity).</summary>
    public async Task<Dictionary<string, string>> MergeRulesAsync() =>
        (await QueryAsync(connection, "SELECT id, merged_into FROM curation WHERE merged_into IS NOT NULL", r => (r.GetString(0), r.GetString(1)), cancellationToken))
        .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    public async Task<CurationRuleRecord?> FindRuleAsync(string id) => (await RulesAsync([id])).GetValueOrDefault(id);

    public Task UpsertRuleAsync(CurationRuleRecord rule) =>
        ExecuteAsync(connection, """
            INSERT INTO curation (id, merged_into, name, aliases) VALUES (@id, @merged, @name, @aliases)
            ON CONFLICT (id) DO UPDATE SET merged_into = excluded.merged_into, name = excluded.name, aliases = excluded.aliases
            """, cancellationToken,
            P("id", rule.Id), P("merged", rule.MergedInto), P("name", rule.Name), new NpgsqlParameter<string[]?>("aliases", rule.Aliases?.ToArray()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });

    /// <summary>Writes a release and what was extracted from it, replacing what an earlier version contributed.</summary>
    public async Task StoreAsync(ReleaseRecord release, ExtractionResult extraction, IReadOnlyDictionary<string, string> merges)
    {
        await RemoveReleaseContentAsync(release.Id);
        var records = CurationRules.Rekey(ExtractionRecords.From(release.Id, extraction), merges);
        release.EntityIds = [.. records.EntityIds];
        await UpsertReleaseAsync(release);
        await InsertAsync(records);
        Affected.UnionWith(records.AllEntityIds);
    }

    public Task UpsertReleaseAsync(ReleaseRecord release) =>
        ExecuteAsync(connection, """
            INSERT INTO releases (id, checksum, title, alternate_titles, body, published_at, event_date, word_count, entity_ids, doc)
            VALUES (@id, @checksum, @title, @alternate, @body, @published, @event, @words, @entities, @doc::jsonb)
            ON CONFLICT (id) DO UPDATE SET checksum = excluded.checksum, title = excluded.title, alternate_titles = excluded.alternate_titles,
                body = excluded.body, published_at = excluded.published_at, event_date = excluded.event_date,
                word_count = excluded.word_count, entity_ids = excluded.entity_ids, doc = excluded.doc
            """, cancellationToken,
            P("id", release.Id), P("checksum", release.Checksum), P("title", release.Title),
            P("alternate", string.Join('\n', release.AlternateTitles.Select(t => t.Text))), P("body", release.Body),
            new NpgsqlParameter<DateTime?>("published", release.PublishedAt) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz },
            new NpgsqlParameter<DateTime?>("event", release.EventDate) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz },
            P("words", release.WordCount), P("entities", release.EntityIds.ToArray()), P("doc", ToJson(release)));

    /// <summary>Removes a release's facts, mentions and roles, marking every entity it described. False when the release is absent.</summary>
    public async Task<bool> RemoveReleaseContentAsync(string releaseId)
    {
        var exists = (await ExistingReleaseIdsAsync([releaseId])).Count > 0;
        if (!exists) return false;
        // Every entity the release described, referenced ones included, must be recomputed without it.
        Affected.UnionWith(await QueryAsync(connection, "DELETE FROM facts WHERE release_id = @id RETURNING entity_id", r => r.GetString(0), cancellationToken, P("id", releaseId)));
        await ExecuteAsync(connection, "DELETE FROM mentions WHERE release_id = @id; DELETE FROM roles WHERE release_id = @id", cancellationToken, P("id", releaseId));
        return true;
    }

    public Task DeleteReleaseRowAsync(string releaseId) => ExecuteAsync(connection, "DELETE FROM releases WHERE id = @id", cancellationToken, P("id", releaseId));

    /// <summary>One statement per table, whatever the number of rows (arrays unnested server-side).</summary>
    public async Task InsertAsync(ExtractionRecords records)
    {
        if (records.Facts.Count > 0)
            await ExecuteAsync(connection, """
                INSERT INTO facts (release_id, entity_id, referenced, doc)
                SELECT * FROM unnest(@releases::text[], @entities::text[], @referenced::boolean[], @docs::jsonb[])
                """, cancellationToken,
                P("releases", records.Facts.Select(f => f.ReleaseId).ToArray()), P("entities", records.Facts.Select(f => f.EntityId).ToArray()),
                P("referenced", records.Facts.Select(f => f.Referenced).ToArray()), P("docs", records.Facts.Select(f => ToJson(f.Entity)).ToArray()));
        if (records.Mentions.Count > 0)
            await ExecuteAsync(connection, """
                INSERT INTO mentions (release_id, entity_id, paragraph, start_offset, end_offset, text)
                SELECT * FROM unnest(@releases::text[], @entities::text[], @paragraphs::integer[], @starts::integer[], @ends::integer[], @texts::text[])
                """, cancellationToken,
                P("releases", records.Mentions.Select(m => m.ReleaseId).ToArray()), P("entities", records.Mentions.Select(m => m.EntityId).ToArray()),
                P("paragraphs", records.Mentions.Select(m => m.Paragraph).ToArray()), P("starts", records.Mentions.Select(m => m.Start).ToArray()),
                P("ends", records.Mentions.Select(m => m.End).ToArray()), P("texts", records.Mentions.Select(m => m.Text).ToArray()));
        if (records.Roles.Count > 0)
            await ExecuteAsync(connection, """
                INSERT INTO roles (person_id, release_id, title, organization_id, country_id)
                SELECT * FROM unnest(@people::text[], @releases::text[], @titles::text[], @organizations::text[], @countries::text[])
                """, cancellationToken,
                P("people", records.Roles.Select(r => r.PersonId).ToArray()), P("releases", records.Roles.Select(r => r.ReleaseId).ToArray()),
                P("titles", records.Roles.Select(r => r.Title).ToArray()), P("organizations", records.Roles.Select(r => r.OrganizationId).ToArray()),
                P("countries", records.Roles.Select(r => r.CountryId).ToArray()));
    }

    /// <summary>A release's stored facts, mentions and roles (to re-key them after a merge).</summary>
    public async Task<ExtractionRecords> StoredRecordsAsync(string releaseId)
    {
        var facts = await QueryAsync(connection, "SELECT entity_id, referenced, doc FROM facts WHERE release_id = @id ORDER BY entity_id COLLATE \"C\"",
            r => new EntityFactRecord { Id = $"{releaseId}|{r.GetString(0)}", ReleaseId = releaseId, EntityId = r.GetString(0), Referenced = r.GetBoolean(1), Entity = FromJson<EntityRecord>(r.GetString(2)) },
            cancellationToken, P("id", releaseId));
        var mentions = await QueryAsync(connection, $"SELECT {MentionColumns} FROM mentions WHERE release_id = @id ORDER BY id", ReadMention, cancellationToken, P("id", releaseId));
        var roles = await QueryAsync(connection, $"SELECT {RoleColumns} FROM roles WHERE release_id = @id ORDER BY id", ReadRole, cancellationToken, P("id", releaseId));
        return new ExtractionRecords(facts, mentions, roles);
    }

    /// <summary>Releases whose facts, mentions or roles name one of <paramref name="keys"/>, also as a participant, parent, place ….</summary>
    public async Task<HashSet<string>> ReleasesReferringAsync(IReadOnlyCollection<string> keys) =>
        [.. await QueryAsync(connection, """
            SELECT id FROM releases WHERE entity_ids && @keys
            UNION SELECT release_id FROM facts WHERE doc->>'ParentId' = ANY(@keys) OR doc->>'CountryId' = ANY(@keys)
                OR doc->>'PlaceId' = ANY(@keys) OR doc->>'AdoptedAtId' = ANY(@keys)
                OR doc->'ParticipantIds' ?| @keys OR doc->'DocumentIds' ?| @keys
            UNION SELECT release_id FROM roles WHERE organization_id = ANY(@keys) OR country_id = ANY(@keys)
            """, r => r.GetString(0), cancellationToken, P("keys", keys.ToArray()))];

    /// <summary>During a bulk load: only remembers the affected entities, recomputed when the load ends.</summary>
    public Task MarkAffectedStaleAsync() =>
        Affected.Count == 0
            ? Task.CompletedTask
            : ExecuteAsync(connection, "INSERT INTO stale_entities (id) SELECT unnest(@ids::text[]) ON CONFLICT DO NOTHING", cancellationToken, P("ids", Affected.ToArray()));

    public async Task RecomputeAffectedAsync()
    {
        foreach (var chunk in Affected.Chunk(RecomputeChunk)) await RecomputeAsync(chunk);
    }

    /// <summary>
    /// Recomputes <paramref name="entityIds"/> with five reads and two writes, whatever their number: the per-entity
    /// logic is <see cref="EntityRecomputation"/>, shared with the LiteDB store.
    /// </summary>
    public async Task RecomputeAsync(IReadOnlyCollection<string> entityIds)
    {
        var ids = P("ids", entityIds.ToArray());
        var rules = await RulesAsync(entityIds);
        var facts = (await QueryAsync(connection, "SELECT entity_id, release_id, referenced, doc FROM facts WHERE entity_id = ANY(@ids)",
                r => new EntityFactRecord { EntityId = r.GetString(0), ReleaseId = r.GetString(1), Id = $"{r.GetString(1)}|{r.GetString(0)}", Referenced = r.GetBoolean(2), Entity = FromJson<EntityRecord>(r.GetString(3)) },
                cancellationToken, ids.Clone()))
            .ToLookup(f => f.EntityId);
        var existing = (await QueryAsync(connection, "SELECT doc FROM entities WHERE id = ANY(@ids)", r => FromJson<EntityRecord>(r.GetString(0)), cancellationToken, ids.Clone()))
            .ToDictionary(e => e.Id);
        var mentionCounts = (await QueryAsync(connection, "SELECT entity_id, count(*)::integer FROM mentions WHERE entity_id = ANY(@ids) GROUP BY entity_id",
                r => (r.GetString(0), r.GetInt32(1)), cancellationToken, ids.Clone()))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var roles = (await QueryAsync(connection, $"SELECT {RoleColumns} FROM roles WHERE person_id = ANY(@ids)", ReadRole, cancellationToken, ids.Clone()))
            .ToLookup(r => r.PersonId);

        var kept = new List<EntityRecord>();
        var removed = new List<string>();
        foreach (var id in entityIds)
        {
            var entity = EntityRecomputation.Recompute(id, rules.GetValueOrDefault(id), facts[id], existing.GetValueOrDefault(id), mentionCounts.GetValueOrDefault(id), roles[id]);
            if (entity is null) removed.Add(id);
            else kept.Add(entity);
        }
        if (removed.Count > 0) await ExecuteAsync(connection, "DELETE FROM entities WHERE id = ANY(@ids)", cancellationToken, P("ids", removed.ToArray()));
        if (kept.Count > 0) await UpsertEntitiesAsync(kept);
    }

    private Task UpsertEntitiesAsync(IReadOnlyList<EntityRecord> entities) =>
        ExecuteAsync(connection, """
            INSERT INTO entities (id, kind, name, aliases, mention_count, start_date, end_date, parent_id, participant_ids, doc)
            SELECT e.id, e.kind, e.name, ARRAY(SELECT jsonb_array_elements_text(e.doc->'Aliases')), e.mention_count, e.start_date, e.end_date,
                   e.parent_id, ARRAY(SELECT jsonb_array_elements_text(e.doc->'ParticipantIds')), e.doc
            FROM unnest(@ids::text[], @kinds::text[], @names::text[], @counts::integer[], @starts::timestamptz[], @ends::timestamptz[], @parents::text[], @docs::jsonb[])
                AS e(id, kind, name, mention_count, start_date, end_date, parent_id, doc)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
                mention_count = excluded.mention_count, start_date = excluded.start_date, end_date = excluded.end_date,
                parent_id = excluded.parent_id, participant_ids = excluded.participant_ids, doc = excluded.doc
            """, cancellationToken,
            P("ids", entities.Select(e => e.Id).ToArray()), P("kinds", entities.Select(e => e.Kind.ToString()).ToArray()),
            P("names", entities.Select(e => e.Name).ToArray()), P("counts", entities.Select(e => e.MentionCount).ToArray()),
            new NpgsqlParameter<DateTime?[]>("starts", entities.Select(e => e.StartDate).ToArray()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz },
            new NpgsqlParameter<DateTime?[]>("ends", entities.Select(e => e.EndDate).ToArray()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz },
            P("parents", entities.Select(e => e.ParentId).ToArray()), P("docs", entities.Select(ToJson).ToArray()));

    private async Task<Dictionary<string, CurationRuleRecord>> RulesAsync(IReadOnlyCollection<string> ids) =>
        (await QueryAsync(connection, "SELECT id, merged_into, name, aliases FROM curation WHERE id = ANY(@ids)",
            r => new CurationRuleRecord
            {
                Id = r.GetString(0),
                MergedInto = NullableString(r, 1),
                Name = NullableString(r, 2),
                Aliases = r.IsDBNull(3) ? null : [.. r.GetFieldValue<string[]>(3)],
            }, cancellationToken, P("ids", ids.ToArray())))
        .ToDictionary(r => r.Id, StringComparer.Ordinal);

    public const string MentionColumns = "id, release_id, entity_id, paragraph, start_offset, end_offset, text";

    public static MentionRecord ReadMention(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt32(0), ReleaseId = r.GetString(1), EntityId = r.GetString(2),
        Paragraph = r.GetInt32(3), Start = r.GetInt32(4), End = r.GetInt32(5), Text = r.GetString(6),
    };

    private const string RoleColumns = "id, person_id, release_id, title, organization_id, country_id";

    private static RoleRecord ReadRole(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt32(0), PersonId = r.GetString(1), ReleaseId = r.GetString(2), Title = r.GetString(3),
        OrganizationId = NullableString(r, 4), CountryId = NullableString(r, 5),
    };
}
