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
    public const int BatchSize = 200;

    public async Task<SeedReport> LoadDirectoryAsync(string directory, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Seed directory '{directory}' does not exist.");
        var files = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var failed = new List<SeedFailure>();
        var knowledge = await StoredKnowledge.LoadAsync(store, cancellationToken);
        using var bulkLoad = store.BeginBulkLoad();

        foreach (var batch in files.Chunk(BatchSize))
        {
            var slugs = batch.Select(f => Slugs.FromFileName(Path.GetFileName(f))).ToList();
            var existing = await store.GetReleasesAsync(slugs, cancellationToken);
            var writes = new List<ReleaseWrite>();
            var seenChecksums = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Length; i++)
            {
                var file = batch[i];
                var name = Path.GetFileName(file);
                progress?.Report(new SeedProgress(++done, files.Count, name));
                try
                {
                    var text = await ReleaseFileReader.ReadAsync(file, cancellationToken);
                    var parsed = parser.Parse(text);
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
                    if (current is null && await store.FindReleaseByChecksumAsync(parsed.Checksum, cancellationToken) is { } twin)
                    {
                        failed.Add(new SeedFailure(name, $"same content as the stored release '{twin.Id}'"));
                        continue;
                    }
                    var extraction = extractor.Extract(parsed, knowledge);
                    knowledge.Add(extraction);
                    var record = ReleaseRecords.From(parsed, extraction, slugs[i], name, time.GetUtcNow().UtcDateTime);
                    if (current is not null) record.CreatedAt = current.CreatedAt;
                    writes.Add(new ReleaseWrite(record, extraction));
                    if (current is null) added++; else updated++;
                }
                catch (Exception e) when (e is InvalidDataException or ReleaseFormatException or IOException)
                {
                    failed.Add(new SeedFailure(name, e.Message));
                }
            }
            if (writes.Count > 0) await store.SaveReleasesAsync(writes, cancellationToken);
        }
        return new SeedReport(added, updated, unchanged, failed);
    }
}
