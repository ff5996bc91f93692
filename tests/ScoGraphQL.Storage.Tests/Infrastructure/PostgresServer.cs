using Npgsql;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Storage.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the Postgres tests run against: the one <c>SCOGRAPHQL_TEST_POSTGRES</c> names (a connection
/// string with the right to create databases), else a throwaway <see cref="PostgresCluster"/> (bench/common, which the
/// load benchmark uses too), stopped when the fixture is disposed. Started on first use, so a run
/// whose Postgres tests are all skipped starts nothing. Each test class gets its own database.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "SCOGRAPHQL_TEST_POSTGRES";

    private readonly Lock _lock = new();
    private readonly Dictionary<Type, string> _databases = [];
    private readonly List<string> _created = [];
    private string? _adminConnectionString;
    private PostgresCluster? _cluster;

    /// <summary>Why the Postgres tests cannot run here (reported as their skip reason), or null when they can.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    private static string? Configured => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>A connection string to a database of this test class's own, created (empty) on the first call.</summary>
    public string DatabaseFor(Type testClass)
    {
        lock (_lock)
        {
            if (!_databases.TryGetValue(testClass, out var database)) _databases[testClass] = database = CreateDatabase(testClass.Name);
            return database;
        }
    }

    /// <summary>A new empty database (dropped with the server), for a test that needs one nobody has opened yet.</summary>
    public string CreateDatabase(string prefix)
    {
        lock (_lock)
        {
            var admin = _adminConnectionString ??= Configured ?? (_cluster = PostgresCluster.Start()).AdminConnectionString;
            // Generated from a class name and a random suffix: nothing a user typed reaches this SQL text.
            var name = new string($"sco_{prefix}".ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40).ToArray())
                + "_" + Guid.NewGuid().ToString("N")[..8];
            using (var connection = new NpgsqlConnection(admin))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }
            _created.Add(name);
            return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
        }
    }

    /// <summary>
    /// Drops a test database. FORCE also has to stop an autovacuum worker busy in it, which a role outside
    /// pg_signal_backend may not do (42501), and a connection may arrive meanwhile (55006): both pass within moments.
    /// </summary>
    private static void Drop(NpgsqlConnection connection, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }

    private static string? FindSkipReason() =>
        Configured is null && PostgresCluster.UnavailableReason is { } reason
            ? $"PostgreSQL tests skipped: {EnvironmentVariable} is not set and {reason}"
            : null;

    public void Dispose()
    {
        lock (_lock)
        {
            if (_cluster is not null)
            {
                // Our own cluster: stop it and throw it away.
                NpgsqlConnection.ClearAllPools();
                _cluster.Dispose();
            }
            else if (_adminConnectionString is not null)
            {
                // A server someone else runs: leave it as we found it.
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(_adminConnectionString);
                connection.Open();
                foreach (var name in _created) Drop(connection, name);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
