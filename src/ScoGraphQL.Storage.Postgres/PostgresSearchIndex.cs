using Npgsql;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;
using static ScoGraphQL.Storage.Postgres.PostgresCommands;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// Full-text search in PostgreSQL itself: the <c>releases.search</c> tsvector (title weighted A, body D; English
/// stemming) is a generated column with a GIN index, so it is written in the same transaction as the release and every
/// replica sees every write at once. Queries take the Lucene index's syntax (<see cref="TsQueryText"/>), ranking is
/// <c>ts_rank_cd</c>, snippets are <c>ts_headline</c> with <c>&lt;mark&gt;</c> over HTML-escaped text.
/// </summary>
public sealed class PostgresSearchIndex(PostgresCorpusStore store) : ISearchIndex
{
    private const string Headline = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=1";

    public async Task<SearchPage> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var tsQuery = TsQueryText.From(query);
        try
        {
            await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var total = (await QueryAsync(connection, "SELECT count(*)::integer FROM releases WHERE search @@ to_tsquery('english', @query)",
                r => r.GetInt32(0), cancellationToken, P("query", tsQuery)))[0];
            if (limit == 0 || offset >= total) return new SearchPage([], total);
            // Headlines are built for the page only: ts_headline re-parses the whole body.
            var hits = await QueryAsync(connection, $"""
                WITH q AS (SELECT to_tsquery('english', @query) AS query),
                page AS (
                    SELECT r.id, r.body, ts_rank_cd(r.search, q.query) AS score
                    FROM releases r, q WHERE r.search @@ q.query
                    ORDER BY score DESC, r.id COLLATE "C" OFFSET @offset LIMIT @limit)
                , escaped AS (
                    SELECT page.*, btrim(regexp_replace(replace(replace(replace(page.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\s+', ' ', 'g')) AS text
                    FROM page)
                SELECT escaped.id, escaped.score, escaped.text, btrim(ts_headline('english', escaped.text, q.query, '{Headline}'))
                FROM escaped, q ORDER BY escaped.score DESC, escaped.id COLLATE "C"
                """, r => new SearchHit(r.GetString(0), r.GetFloat(1), MarkCuts(r.GetString(2), r.GetString(3))), cancellationToken,
                P("query", tsQuery), P("offset", offset), P("limit", limit));
            return new SearchPage(hits, total);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.SyntaxError or PostgresErrorCodes.ProgramLimitExceeded)
        {
            throw new SearchSyntaxException($"The search query is not valid: {e.MessageText}.", e);
        }
    }

    /// <summary>"…" where the passage starts after the text's start or ends before its end, as the Lucene snippets show it.</summary>
    private static string MarkCuts(string text, string headline)
    {
        var plain = headline.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        return (text.StartsWith(plain, StringComparison.Ordinal) ? "" : "…") + headline + (text.EndsWith(plain, StringComparison.Ordinal) ? "" : "…");
    }

    // The index is a generated column of the releases table: the store's own transaction keeps it current, so
    // there is nothing to add, remove or rebuild from outside.

    public void Upsert(IEnumerable<ReleaseRecord> releases)
    {
    }

    public void Delete(string id)
    {
    }

    public Task RebuildAsync(IEnumerable<ReleaseRecord> releases, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Always in sync (the vector is derived in the row); counts the corpus so the report says how much is searchable.</summary>
    public async Task<SyncReport> SynchronizeAsync(IAsyncEnumerable<ReleaseRecord> corpus, bool repair = true, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var _ in corpus.WithCancellation(cancellationToken)) count++;
        return new SyncReport(0, 0, 0, count, Recreated: false);
    }
}
