using ScoGraphQL.Storage.Postgres;

namespace ScoGraphQL.Api.Hosting;

/// <summary>
/// Opens the PostgreSQL store before the server takes requests (and before seeding), which applies pending schema
/// migrations: a replica never serves against an older schema, and a bad connection string fails the start.
/// </summary>
public sealed class PostgresSchemaMigrator(PostgresCorpusStore store, ILogger<PostgresSchemaMigrator> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (store.AppliedMigrations.Count > 0)
            logger.LogInformation("PostgreSQL schema migrated: applied {Versions}", string.Join(", ", store.AppliedMigrations));
        else
            logger.LogInformation("PostgreSQL schema is current (version {Version})", PostgresMigrations.All[^1].Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
