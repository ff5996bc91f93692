using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ScoGraphQL.Storage.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the Postgres tests run against: the one <c>SCOGRAPHQL_TEST_POSTGRES</c> names (a connection
/// string with the right to create databases), else a throwaway cluster started here with Debian's initdb/pg_ctl in a
/// temp folder on a free 127.0.0.1 port, and stopped when the fixture is disposed. Started on first use, so a run
/// whose Postgres tests are all skipped starts nothing. Each test class gets its own database.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "SCOGRAPHQL_TEST_POSTGRES";
    private const string ClusterUser = "postgres";

    private readonly Lock _lock = new();
    private readonly Dictionary<Type, string> _databases = [];
    private readonly List<string> _created = [];
    private string? _adminConnectionString;
    private string? _clusterFolder;
    private string? _binFolder;

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
            var admin = _adminConnectionString ??= Configured ?? StartCluster();
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

    private static string? FindSkipReason()
    {
        if (Configured is not null) return null;
        if (FindBinFolder() is null)
            return $"PostgreSQL tests skipped: {EnvironmentVariable} is not set and no initdb was found under /usr/lib/postgresql/*/bin " +
                   "(install Debian's postgresql, or point the variable at a server).";
        if (Environment.UserName == "root" && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            return "PostgreSQL tests skipped: running as root, where initdb refuses to run, and runuser is missing to start it as 'postgres'.";
        return null;
    }

    private static string? FindBinFolder() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;

    /// <summary>initdb + pg_ctl start, as the postgres user when we are root; any failure fails the tests with the server's log.</summary>
    private string StartCluster()
    {
        _binFolder = FindBinFolder() ?? throw new InvalidOperationException(SkipReason);
        _clusterFolder = Directory.CreateTempSubdirectory("scographql-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["-R", ClusterUser, _clusterFolder], asClusterUser: false);
        var data = Path.Combine(_clusterFolder, "data");
        var port = FreePort();
        Run(Path.Combine(_binFolder, "initdb"), ["-D", data, "-A", "trust", "-U", ClusterUser, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        // Durability is pointless for a throwaway cluster: skip fsync and WAL flushes to keep tests quick.
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {_clusterFolder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Run(Path.Combine(_binFolder, "pg_ctl"), ["-D", data, "-l", Path.Combine(_clusterFolder, "server.log"), "-w", "-t", "60", "-o", options, "start"], asRoot);
        return $"Host=127.0.0.1;Port={port};Username={ClusterUser};Database=postgres;Pooling=false";
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asClusterUser)
    {
        var start = new ProcessStartInfo(asClusterUser ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asClusterUser)
        {
            foreach (var part in new[] { "-u", ClusterUser, "--", program }) start.ArgumentList.Add(part);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
        {
            var log = _clusterFolder is not null && File.Exists(Path.Combine(_clusterFolder, "server.log")) ? File.ReadAllText(Path.Combine(_clusterFolder, "server.log")) : "";
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}{log}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_clusterFolder is not null)
            {
                // Our own cluster: stop it and throw it away.
                NpgsqlConnection.ClearAllPools();
                Run(Path.Combine(_binFolder!, "pg_ctl"), ["-D", Path.Combine(_clusterFolder, "data"), "-m", "fast", "-w", "stop"], Environment.UserName == "root");
                Directory.Delete(_clusterFolder, recursive: true);
            }
            else if (_adminConnectionString is not null)
            {
                // A server someone else runs: leave it as we found it.
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(_adminConnectionString);
                connection.Open();
                foreach (var name in _created)
                {
                    using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                    drop.ExecuteNonQuery();
                }
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
