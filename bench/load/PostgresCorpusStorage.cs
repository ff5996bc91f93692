using Npgsql;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// One database per corpus, sco_load_{size}_seed{seed}, on the server --postgres names (kept there for the next run)
/// or on a throwaway <see cref="PostgresCluster"/> started for this run and deleted at its end. The completion marker
/// is the database's COMMENT, set after the seed verb succeeded.
/// </summary>
public sealed class PostgresCorpusStorage : CorpusStorage
{
    private readonly PostgresCluster? _ownCluster;
    private readonly string _admin;
    private readonly NpgsqlDataSource _adminSource;

    private PostgresCorpusStorage(LoadOptions options, PostgresCluster? ownCluster, string admin)
        : base(options)
    {
        _ownCluster = ownCluster;
        _admin = admin;
        _adminSource = NpgsqlDataSource.Create(admin);
    }

    public override string Name => "PostgreSQL";

    public static async Task<PostgresCorpusStorage> StartOrConnectAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.PostgresConnectionString is { } given) return new PostgresCorpusStorage(options, ownCluster: null, given);
        if (PostgresCluster.UnavailableReason is { } reason)
            throw new InvalidOperationException($"--provider postgres without --postgres starts its own cluster, but {reason}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cluster = PostgresCluster.Start();
        await log.WriteLineAsync($"Started a throwaway PostgreSQL cluster in {clock.Elapsed.TotalSeconds:F1} s; it is deleted at the end, with its databases");
        return new PostgresCorpusStorage(options, cluster, cluster.AdminConnectionString);
    }

    public override async Task<long> BytesAsync(CorpusDatabase database, CancellationToken cancellationToken = default)
    {
        await using var command = _adminSource.CreateCommand("SELECT pg_database_size(@name)");
        command.Parameters.AddWithValue("name", database.Location);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async ValueTask DisposeAsync()
    {
        // Pools keep sessions open, and a fast stop would have to end them.
        await _adminSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        _ownCluster?.Dispose();
        await base.DisposeAsync();
    }

    protected override async Task<CorpusDatabase?> FindSeededAsync(int size, int seed, CancellationToken cancellationToken)
    {
        var name = DatabaseName(size, seed);
        await using var command = _adminSource.CreateCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name");
        command.Parameters.AddWithValue("name", name);
        var comment = await command.ExecuteScalarAsync(cancellationToken);
        return comment is string marker && SeedingRecord.TryParse(marker) is { } record && record.Releases == size
            ? At(size, seed, record.SeedingTime)
            : null;
    }

    protected override async Task<CorpusDatabase> CreateEmptyAsync(int size, int seed, CancellationToken cancellationToken)
    {
        var name = DatabaseName(size, seed);
        // The name is built from two integers: nothing a user typed reaches these statements' text.
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return At(size, seed, seedingTime: null);
    }

    protected override async Task MarkSeededAsync(CorpusDatabase database, string marker, CancellationToken cancellationToken)
    {
        var literal = "'" + marker.Replace("'", "''", StringComparison.Ordinal) + "'";
        await ExecuteAsync($"COMMENT ON DATABASE \"{database.Location}\" IS {literal}", cancellationToken);
    }

    private static string DatabaseName(int size, int seed) => $"sco_load_{size}_seed{seed}".Replace('-', 'm');

    private CorpusDatabase At(int size, int seed, TimeSpan? seedingTime)
    {
        var name = DatabaseName(size, seed);
        var connectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = name, Pooling = true }.ConnectionString;
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
        };
        return new CorpusDatabase(size, seed, name, settings, seedingTime);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _adminSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
