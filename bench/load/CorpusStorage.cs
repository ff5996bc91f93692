using System.Diagnostics;
using System.Text.Json;
using ScoGraphQL.Bench.Common;
using ScoGraphQL.Bench.Corpus;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// Where the seeded corpora of a run live, one per (size, seed): LiteDB files in the cache folder, or databases on
/// one PostgreSQL server. Seeding is the same for both: the corpus is written, loaded with the API's own
/// <c>seed</c> verb under the store's settings, then deleted; a marker saying it finished (and how long it took)
/// is written last, so a seeding that was interrupted is started again from nothing.
/// </summary>
public abstract class CorpusStorage(LoadOptions options) : IAsyncDisposable
{
    protected LoadOptions Options { get; } = options;

    /// <summary>How the report names the store, e.g. "PostgreSQL".</summary>
    public abstract string Name { get; }

    public static async Task<CorpusStorage> OpenAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken = default) =>
        options.Provider switch
        {
            StorageChoice.Postgres => await PostgresCorpusStorage.StartOrConnectAsync(options, log, cancellationToken),
            _ => new LiteDbCorpusStorage(options),
        };

    /// <summary>The cached corpus of this size, or a new one seeded now.</summary>
    public async Task<CorpusDatabase> EnsureAsync(int size, TextWriter log, CancellationToken cancellationToken = default)
    {
        var seed = Options.Seed;
        if (await FindSeededAsync(size, seed, cancellationToken) is { } cached) return cached;

        var empty = await CreateEmptyAsync(size, seed, cancellationToken);
        var corpus = Path.Combine(Options.CacheDirectory, $"corpus-{size}-seed{seed}");
        if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        var written = SyntheticCorpus.Write(corpus, size, seed);
        await log.WriteLineAsync($"Seeding {size:N0} releases (seed {seed}) into {Name} {empty.Location}: corpus written in {written.Elapsed.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        await RunSeedVerbAsync(corpus, empty.StorageSettings, cancellationToken);
        var seeded = empty with { SeedingTime = clock.Elapsed };
        await log.WriteLineAsync($"Seeded in {clock.Elapsed.TotalSeconds:F0} s ({seeded.SeedingReleasesPerSecond:F0} releases/s)");
        Directory.Delete(corpus, recursive: true);
        await MarkSeededAsync(seeded, SeedingRecord.Of(seeded).ToJson(), cancellationToken);
        return seeded;
    }

    /// <summary>What the store occupies for this corpus: files on disk, or the database's size.</summary>
    public abstract Task<long> BytesAsync(CorpusDatabase database, CancellationToken cancellationToken = default);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The corpus when its seeding finished, else null (and whatever a broken seeding left may stay, for <see cref="CreateEmptyAsync"/>).</summary>
    protected abstract Task<CorpusDatabase?> FindSeededAsync(int size, int seed, CancellationToken cancellationToken);

    /// <summary>Removes what a previous, unfinished seeding left and returns an empty store to seed into.</summary>
    protected abstract Task<CorpusDatabase> CreateEmptyAsync(int size, int seed, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="marker"/> (a <see cref="SeedingRecord"/>) beside the corpus: it is complete.</summary>
    protected abstract Task MarkSeededAsync(CorpusDatabase database, string marker, CancellationToken cancellationToken);

    private async Task RunSeedVerbAsync(string corpus, IReadOnlyDictionary<string, string> storageSettings, CancellationToken cancellationToken)
    {
        using var process = ApiVerb.Start(Options.Configuration, storageSettings, "seed", "--from", corpus);
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

/// <summary>The completion marker's content: what was seeded and how long it took, so a cached corpus still reports its ingest rate.</summary>
public sealed record SeedingRecord(int Releases, int Seed, double SeedingSeconds, DateTime SeededAt)
{
    public static SeedingRecord Of(CorpusDatabase database) =>
        new(database.Size, database.Seed, database.SeedingTime?.TotalSeconds ?? 0, DateTime.UtcNow);

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The record, or null for a marker written before seeding times were kept (the corpus is still complete).</summary>
    public static SeedingRecord? TryParse(string? text)
    {
        try
        {
            return text is null ? null : JsonSerializer.Deserialize<SeedingRecord>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Rounded to the nearest tick: FromSeconds truncates, and a double such as 1.6630975 reads back one tick short.
    public TimeSpan? SeedingTime => SeedingSeconds > 0 ? TimeSpan.FromTicks((long)Math.Round(SeedingSeconds * TimeSpan.TicksPerSecond)) : null;
}
