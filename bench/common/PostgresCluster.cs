using System.Diagnostics;

namespace ScoGraphQL.Bench.Common;

/// <summary>
/// A throwaway PostgreSQL cluster: Debian's initdb/pg_ctl in a temp folder on a free 127.0.0.1 port, run as the
/// 'postgres' user when we are root (initdb refuses root), without durability, deleted on dispose. Shared by the
/// storage tests and the load benchmark so there is one way to get a server.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string ClusterUser = "postgres";

    private readonly string _binFolder;
    private readonly string _folder;
    private readonly int _port;

    private PostgresCluster(string binFolder, string folder, int port)
    {
        _binFolder = binFolder;
        _folder = folder;
        _port = port;
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username={ClusterUser};Database=postgres;Pooling=false";
    }

    /// <summary>The superuser on the 'postgres' database, trusted without a password: it may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Why no cluster can be started here, or null when one can.</summary>
    public static string? UnavailableReason { get; } = FindUnavailableReason();

    /// <summary>initdb + pg_ctl start; any failure throws with the server's log.</summary>
    public static PostgresCluster Start()
    {
        var binFolder = FindBinFolder() ?? throw new InvalidOperationException(UnavailableReason);
        var folder = Directory.CreateTempSubdirectory("scographql-pg-").FullName;
        var cluster = new PostgresCluster(binFolder, folder, LocalPorts.Free());
        try
        {
            if (AsRoot) Run("chown", ["-R", ClusterUser, folder], asClusterUser: false, folder);
            var data = Path.Combine(folder, "data");
            cluster.Run("initdb", ["-D", data, "-A", "trust", "-U", ClusterUser, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
            // Durability is pointless for a throwaway cluster: skip fsync and WAL flushes.
            var options = $"-c listen_addresses=127.0.0.1 -p {cluster._port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            cluster.Run("pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
            return cluster;
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Stops the server (fast: open sessions are ended) and deletes its files.</summary>
    public void Dispose()
    {
        Run("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop"]);
        Directory.Delete(_folder, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static string? FindUnavailableReason()
    {
        if (FindBinFolder() is null)
            return "no initdb was found under /usr/lib/postgresql/*/bin (install Debian's postgresql, or name a server).";
        if (AsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            return "running as root, where initdb refuses to run, and runuser is missing to start it as 'postgres'.";
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

    private void Run(string tool, IReadOnlyList<string> arguments) => Run(Path.Combine(_binFolder, tool), arguments, AsRoot, _folder);

    private static void Run(string program, IReadOnlyList<string> arguments, bool asClusterUser, string folder)
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
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var logFile = Path.Combine(folder, "server.log");
            var log = File.Exists(logFile) ? File.ReadAllText(logFile) : "";
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}{log}");
        }
    }
}
