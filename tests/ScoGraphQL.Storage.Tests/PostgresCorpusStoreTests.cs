using Npgsql;
using ScoGraphQL.Storage.Postgres;
using ScoGraphQL.Storage.Tests.Infrastructure;

namespace ScoGraphQL.Storage.Tests;

/// <summary>The contract against PostgreSQL: this class's own database, emptied before each test.</summary>
[Collection(PostgresCollection.Name), RequiresPostgres]
public sealed class PostgresCorpusStoreTests(PostgresServer server) : CorpusStoreContract
{
    protected override async Task<StoreUnderTest> OpenEmptyAsync()
    {
        var connectionString = server.DatabaseFor(GetType());
        var store = new PostgresCorpusStore(connectionString); // migrates on first open
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var empty = new NpgsqlCommand("TRUNCATE releases, entities, facts, mentions, roles, curation, stale_entities RESTART IDENTITY", connection);
            await empty.ExecuteNonQueryAsync();
        }
        return new StoreUnderTest(store, new PostgresSearchIndex(store), store);
    }
}
