using System.Diagnostics;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Seeding;

/// <summary>
/// Loads a folder of plain-text releases: parse, extract, store. Idempotent: a file whose content and
/// extraction version are already stored is skipped; a changed file replaces its release. A file that
/// cannot be read is reported and the rest still load.
/// <para>
/// A batch is stored on another thread while the next one is read, parsed and extracted, so the two halves of the
/// work share the machine's cores. The next batch decides what is new, changed or a duplicate against the store as
/// it will be once the batch in flight has committed: the store's answers with that batch laid over them.
/// </para>
/// </summary>
public sealed class SeedLoader(ICorpusStore store, ReleaseParser parser, EntityExtractor extractor, TimeProvider time)
{
    public const int DefaultBatchSize = 200;

    /// <summary>Releases per store transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    public async Task<SeedReport> LoadDirectoryAsync(string directory, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Seed directory '{directory}' does not exist.");
        var files = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var failed = new List<SeedFailure>();
        var clock = new StageClock();
        var knowledge = await StoredKnowledge.LoadAsync(store, cancellationToken);
        var bulkLoad = store.BeginBulkLoad();
        var inFlight = InFlightBatch.None;
        try
        {
            foreach (var batch in files.Chunk(BatchSize))
            {
                var slugs = batch.Select(f => Slugs.FromFileName(Path.GetFileName(f))).ToList();
                clock.Lap();
                var existing = await store.GetReleasesAsync(slugs, cancellationToken);
                clock.Store += clock.Lap();
                var writes = new List<ReleaseWrite>();
                var seenChecksums = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < batch.Length; i++)
                {
                    var file = batch[i];
                    var name = Path.GetFileName(file);
                    progress?.Report(new SeedProgress(++done, files.Count, name));
                    try
                    {
                        clock.Lap();
                        var text = await ReleaseFileReader.ReadAsync(file, cancellationToken);
                        clock.Read += clock.Lap();
                        var parsed = parser.Parse(text);
                        clock.Parse += clock.Lap();
                        var current = inFlight.Release(slugs[i]) ?? existing.GetValueOrDefault(slugs[i]);
                        if (current is not null && current.Checksum == parsed.Checksum && current.ExtractionVersion == ExtractionVersion.Current)
                        {
                            unchanged++;
                            continue;
                        }
                        if (!seenChecksums.TryAdd(parsed.Checksum, name))
                        {
                            failed.Add(new SeedFailure(name, $"same content as {seenChecksums[parsed.Checksum]}"));
                            continue;
                        }
                        var twin = current is null ? await FindTwinAsync(parsed.Checksum, inFlight, cancellationToken) : null;
                        clock.Store += clock.Lap();
                        if (twin is not null)
                        {
                            failed.Add(new SeedFailure(name, $"same content as the stored release '{twin.Id}'"));
                            continue;
                        }
                        var extraction = extractor.Extract(parsed, knowledge);
                        knowledge.Add(extraction);
                        var record = ReleaseRecords.From(parsed, extraction, slugs[i], name, time.GetUtcNow().UtcDateTime);
                        if (current is not null) record.CreatedAt = current.CreatedAt;
                        writes.Add(new ReleaseWrite(record, extraction));
                        clock.Extract += clock.Lap();
                        if (current is null) added++; else updated++;
                    }
                    catch (Exception e) when (e is InvalidDataException or ReleaseFormatException or IOException)
                    {
                        failed.Add(new SeedFailure(name, e.Message));
                    }
                }
                await FinishAsync(inFlight, clock);
                inFlight = writes.Count > 0 ? InFlightBatch.Start(store, writes, cancellationToken) : InFlightBatch.None;
            }
            await FinishAsync(inFlight, clock);
        }
        finally
        {
            // A batch may still be storing if reading the next one failed: the bulk load ends after it, whatever it did.
            await Task.WhenAny(inFlight.Saving);
            clock.Lap();
            bulkLoad.Dispose(); // recomputes the entities the run touched
            clock.Finish += clock.Lap();
        }
        return new SeedReport(added, updated, unchanged, failed) { Timings = clock.Timings };
    }

    /// <summary>
    /// The release the store will hold with this checksum once the batch in flight has committed: one of that batch,
    /// else a stored one, unless that batch rewrites the stored one with other content.
    /// </summary>
    private async Task<ReleaseRecord?> FindTwinAsync(string checksum, InFlightBatch inFlight, CancellationToken cancellationToken)
    {
        if (inFlight.WithChecksum(checksum) is { } pending) return pending;
        var stored = await store.FindReleaseByChecksumAsync(checksum, cancellationToken);
        return stored is not null && inFlight.Release(stored.Id) is null ? stored : null;
    }

    /// <summary>Waits for the batch in flight; its time counts as store time, and what it overlapped is recorded.</summary>
    private static async Task FinishAsync(InFlightBatch inFlight, StageClock clock)
    {
        clock.Lap();
        var busy = await inFlight.Saving;
        var waited = clock.Lap();
        clock.Store += busy;
        clock.Overlapped += busy > waited ? busy - waited : TimeSpan.Zero;
        if (waited > busy) clock.Store += waited - busy; // handing over between threads
    }

    /// <summary>A batch being saved on another thread, and what it holds by slug and checksum until it has committed.</summary>
    private sealed class InFlightBatch
    {
        public static InFlightBatch None { get; } = new([]);

        private readonly Dictionary<string, ReleaseRecord> _bySlug = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ReleaseRecord> _byChecksum = new(StringComparer.Ordinal);

        private InFlightBatch(IReadOnlyList<ReleaseWrite> writes)
        {
            foreach (var write in writes)
            {
                _bySlug[write.Release.Id] = write.Release;
                _byChecksum.TryAdd(write.Release.Checksum, write.Release);
            }
        }

        /// <summary>Completes with the time the save took, or with its failure.</summary>
        public Task<TimeSpan> Saving { get; private init; } = Task.FromResult(TimeSpan.Zero);

        public static InFlightBatch Start(ICorpusStore store, IReadOnlyList<ReleaseWrite> writes, CancellationToken cancellationToken) =>
            // The maps are made before the save starts: storing sets other members of these records.
            new(writes)
            {
                Saving = Task.Run(async () =>
                {
                    var start = Stopwatch.GetTimestamp();
                    await store.SaveReleasesAsync(writes, cancellationToken);
                    return Stopwatch.GetElapsedTime(start);
                }, CancellationToken.None),
            };

        public ReleaseRecord? Release(string slug) => _bySlug.GetValueOrDefault(slug);

        public ReleaseRecord? WithChecksum(string checksum) => _byChecksum.GetValueOrDefault(checksum);
    }

    /// <summary>Time per stage, measured as laps of one clock so the stages add up to the run.</summary>
    private sealed class StageClock
    {
        private long _last = Stopwatch.GetTimestamp();

        public TimeSpan Read, Parse, Extract, Store, Finish, Overlapped;

        public SeedTimings Timings => new(Read, Parse, Extract, Store, Finish) { StoreOverlapped = Overlapped };

        /// <summary>Time since the previous lap.</summary>
        public TimeSpan Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var elapsed = Stopwatch.GetElapsedTime(_last, now);
            _last = now;
            return elapsed;
        }
    }
}
