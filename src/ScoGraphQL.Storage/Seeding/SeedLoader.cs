using System.Diagnostics;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage.Ingest;

namespace ScoGraphQL.Storage.Seeding;

/// <summary>
/// Loads a folder of plain-text releases: parse, extract, store. Idempotent: a file whose content and
/// extraction version are already stored is skipped; a changed file replaces its release. A file that
/// cannot be read is reported and the rest still load.
/// </summary>
public sealed class SeedLoader(ICorpusStore store, ReleaseParser parser, EntityExtractor extractor, TimeProvider time)
{
    public const int BatchSize = 500;

    public async Task<SeedReport> LoadDirectoryAsync(string directory, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Seed directory '{directory}' does not exist.");
        var files = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var failed = new List<SeedFailure>();
        var clock = new StageClock();
        var knowledge = await StoredKnowledge.LoadAsync(store, cancellationToken);
        var bulkLoad = store.BeginBulkLoad();
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
                        existing.TryGetValue(slugs[i], out var current);
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
                        var twin = current is null ? await store.FindReleaseByChecksumAsync(parsed.Checksum, cancellationToken) : null;
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
                clock.Lap();
                if (writes.Count > 0) await store.SaveReleasesAsync(writes, cancellationToken);
                clock.Store += clock.Lap();
            }
        }
        finally
        {
            clock.Lap();
            bulkLoad.Dispose(); // recomputes the entities the run touched
            clock.Finish += clock.Lap();
        }
        return new SeedReport(added, updated, unchanged, failed) { Timings = clock.Timings };
    }

    /// <summary>Time per stage, measured as laps of one clock so the stages add up to the run.</summary>
    private sealed class StageClock
    {
        private long _last = Stopwatch.GetTimestamp();

        public TimeSpan Read, Parse, Extract, Store, Finish;

        public SeedTimings Timings => new(Read, Parse, Extract, Store, Finish);

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
