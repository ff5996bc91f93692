using System.Globalization;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>
/// One seeding run measured: throughput over the whole run (knowledge load and final recomputation included),
/// where the time went (the runtime's own JIT and GC counters beside the stages), and what was left on disk. <see cref="IndexedReleases"/> and <see cref="SampleSearchHits"/>
/// are read back after the run, to show that what was stored is searchable.
/// </summary>
public sealed record IngestReport(
    int Files,
    SeedReport Seeding,
    TimeSpan Elapsed,
    TimeSpan ProcessorTime,
    TimeSpan IndexTime,
    int StoredReleases,
    int StoredEntities,
    int IndexedReleases,
    string SampleQuery,
    int SampleSearchHits,
    RuntimeCounters Runtime,
    long PeakWorkingSetBytes,
    long DatabaseBytes,
    long SearchIndexBytes)
{
    public double ReleasesPerSecond => Seeding.Added / Elapsed.TotalSeconds;

    public double ReleasesPerCpuSecond => Seeding.Added / ProcessorTime.TotalSeconds;

    public string ToText()
    {
        var t = Seeding.Timings;
        var lines = new List<string>
        {
            $"seeded {Seeding} in {Elapsed.TotalSeconds:F1} s: {ReleasesPerSecond:F0} releases/s ({ReleasesPerCpuSecond:F0} per CPU-second)",
            "stage                 seconds   share",
            Stage("read files", t.Read),
            Stage("parse", t.Parse),
            Stage("extract", t.Extract),
            Stage("store (LiteDB)", t.Store - IndexTime),
            Stage("index (Lucene)", IndexTime),
            Stage("final recompute", t.Finish),
            Stage("other", Elapsed - t.Total),
            Runtime.ToText(),
            $"stored: {StoredReleases} releases, {StoredEntities} entities; indexed: {IndexedReleases} releases; '{SampleQuery}' finds {SampleSearchHits}",
            $"peak working set: {Megabytes(PeakWorkingSetBytes)}; database file: {Megabytes(DatabaseBytes)}; search index: {Megabytes(SearchIndexBytes)}",
        };
        return string.Join(Environment.NewLine, lines);
    }

    private string Stage(string name, TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-20} {time.TotalSeconds,9:F2} {time / Elapsed,7:P1}");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB");
}
