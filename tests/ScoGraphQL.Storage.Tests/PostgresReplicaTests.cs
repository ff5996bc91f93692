using Npgsql;
using ScoGraphQL.Storage.Postgres;
using ScoGraphQL.Storage.Tests.Infrastructure;
using static ScoGraphQL.Storage.Tests.Infrastructure.SampleCorpus;

namespace ScoGraphQL.Storage.Tests;

/// <summary>What PostgreSQL is there for: several API replicas (here: several store instances) sharing one database.</summary>
[Collection(PostgresCollection.Name), RequiresPostgres]
public sealed class PostgresReplicaTests(PostgresServer server)
{
    [StoreFact]
    public async Task Replicas_starting_together_apply_each_migration_exactly_once()
    {
        var database = server.CreateDatabase("migrations");
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgresCorpusStore(database))));
        try
        {
            Assert.Equal(PostgresMigrations.All.Select(m => m.Version), stores.SelectMany(s => s.AppliedMigrations).Order());
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", connection);
            Assert.Equal((long)PostgresMigrations.All.Count, await count.ExecuteScalarAsync());

            using var reopened = new PostgresCorpusStore(database);
            Assert.Empty(reopened.AppliedMigrations);
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }
    }

    [StoreFact]
    public async Task Concurrent_writers_on_two_replicas_keep_shared_entities_consistent()
    {
        var database = server.CreateDatabase("writers");
        using var first = new PostgresCorpusStore(database);
        using var second = new PostgresCorpusStore(database);

        // Every release mentions the same two entities, so each write recomputes them: without one writer at a
        // time, two transactions would each count the other's release out and the last commit would win.
        const int perReplica = 12;
        var writes = Enumerable.Range(0, perReplica * 2).Select(i =>
        {
            var store = i % 2 == 0 ? first : second;
            var release = Release($"r-{i:D2}", $"Release number {i}", [$"The SCO and Russia, text {i}."], entities: [ScoEntity, RussiaEntity]);
            return Task.Run(() => store.AddReleaseAsync(release, exactSlug: true));
        });
        await Task.WhenAll(writes);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).DeleteReleaseAsync($"r-{i:D2}"))));

        var sco = (await second.GetEntitiesAsync([Sco]))[Sco];
        Assert.Equal((perReplica * 2 - 6, perReplica * 2 - 6), (sco.MentionCount, sco.ReleaseCount));
        Assert.Equal(perReplica * 2 - 6, (await first.GetStatisticsAsync()).ReleaseCount);
    }

    [StoreFact]
    public async Task A_release_written_on_one_replica_is_found_by_search_on_another_at_once()
    {
        var database = server.CreateDatabase("search");
        using var writer = new PostgresCorpusStore(database);
        using var reader = new PostgresCorpusStore(database);
        var search = new PostgresSearchIndex(reader);

        await writer.SaveReleasesAsync([GammaRelease()]);
        Assert.Equal([Gamma], (await search.SearchAsync("corridors", 0, 10)).Hits.Select(h => h.ReleaseId));
        await writer.DeleteReleaseAsync(Gamma);
        Assert.Equal(0, (await search.SearchAsync("corridors", 0, 10)).TotalCount);
    }
}
