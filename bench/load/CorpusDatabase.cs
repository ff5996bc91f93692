using System.Diagnostics;
using ScoGraphQL.Bench.Common;
using ScoGraphQL.Bench.Corpus;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// A LiteDB database seeded with the synthetic corpus of one (size, seed), kept in the cache folder so later runs
/// start at once: seeding 100,000 releases takes far longer than measuring them.
/// </summary>
public sealed record CorpusDatabase(int Size, int Seed, string DatabasePath)
{
    private const string CompleteMarker = "seeded";

    /// <summary>The cached database, or a new one: the corpus is written, loaded with the server's own <c>seed</c> verb, then deleted.</summary>
    public static async Task<CorpusDatabase> EnsureAsync(LoadOptions options, int size, TextWriter log, CancellationToken cancellationToken = default)
    {
        var seed = options.Seed;
        var folder = Path.Combine(options.CacheDirectory, $"load-{size}-seed{seed}");
        var database = new CorpusDatabase(size, seed, Path.Combine(folder, "sco.db"));
        var marker = Path.Combine(folder, CompleteMarker);
        if (File.Exists(marker) && File.Exists(database.DatabasePath)) return database;

        // A folder without the marker is a seeding that did not finish: start it again from nothing.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var corpus = Path.Combine(folder, "corpus");
        var written = SyntheticCorpus.Write(corpus, size, seed);
        await log.WriteLineAsync($"Seeding {size:N0} releases (seed {seed}) into {database.DatabasePath}: corpus written in {written.Elapsed.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        await RunSeedVerbAsync(corpus, database.DatabasePath, options.Configuration, cancellationToken);
        await log.WriteLineAsync($"Seeded in {clock.Elapsed.TotalSeconds:F0} s ({size / clock.Elapsed.TotalSeconds:F0} releases/s)");
        Directory.Delete(corpus, recursive: true);
        await File.WriteAllTextAsync(marker, $"{size} releases, seed {seed}, {DateTime.UtcNow:O}\n", cancellationToken);
        return database;
    }

    private static async Task RunSeedVerbAsync(string corpus, string databasePath, string configuration, CancellationToken cancellationToken)
    {
        var dll = RepositoryPaths.ApiDll(configuration);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[dll, "seed", "--from", corpus]) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Path"] = databasePath;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Only the last lines matter for a failure; the verb prints one line per file.
        var tail = new Queue<string>();
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            tail.Enqueue(line);
            if (tail.Count > 20) tail.Dequeue();
        }
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"seed --from {corpus} exited with {process.ExitCode}:\n{string.Join('\n', tail)}\n{await errors}");
    }
}
