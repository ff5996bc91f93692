using System.Diagnostics;
using ScoGraphQL.Bench.Corpus;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>
/// Seeds a fresh LiteDB file and search index through the composition the server uses (SeedLoader over the
/// indexing store over LiteDB and Lucene), and reports releases per second, time per stage, peak memory and the
/// size of what was written.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        IngestOptions options;
        try
        {
            options = IngestOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(IngestOptions.Usage);
            return 2;
        }
        await RunAsync(options, Console.Out);
        return 0;
    }

    public static async Task<IngestReport> RunAsync(IngestOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "scographql-ingest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var corpus = options.CorpusDirectory ?? Path.Combine(work, "corpus");
            if (options.CorpusDirectory is null)
            {
                output.WriteLine($"generating {options.Releases} releases (seed {options.Seed}) in {corpus}");
                SyntheticCorpus.Write(corpus, options.Releases, options.Seed);
            }
            var databasePath = Path.Combine(work, "sco.db");
            var indexPath = databasePath + ".search";
            var files = Directory.GetFiles(corpus, "*.txt").Length;
            output.WriteLine($"seeding {files} files into {databasePath}");

            IngestReport report;
            using (var liteDb = new LiteDbCorpusStore(databasePath))
            using (var lucene = new LuceneSearchIndex(indexPath))
            using (var store = new IndexingCorpusStore(liteDb, new TimedSearchIndex(lucene)))
            {
                var timedIndex = (TimedSearchIndex)store.Index;
                await store.SynchronizeIndexAsync(cancellationToken); // as the server does before it seeds
                var loader = new SeedLoader(store, new ReleaseParser(), new EntityExtractor(), TimeProvider.System);

                var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var runtimeBefore = RuntimeCounters.Now();
                var clock = Stopwatch.StartNew();
                var seeding = await loader.LoadDirectoryAsync(corpus, cancellationToken: cancellationToken);
                clock.Stop();
                var processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorBefore;
                var runtime = RuntimeCounters.Now().Since(runtimeBefore);

                var statistics = await store.GetStatisticsAsync(cancellationToken);
                var sync = await lucene.SynchronizeAsync(CorpusReleases.ReadAllAsync(liteDb, cancellationToken: cancellationToken), repair: false, cancellationToken);
                var sampleQuery = await SampleQueryAsync(liteDb, cancellationToken);
                var sampleHits = sampleQuery is null ? 0 : (await lucene.SearchAsync(sampleQuery, 0, 1, cancellationToken)).TotalCount;
                report = new IngestReport(files, seeding, clock.Elapsed, processorTime, timedIndex.UpsertTime,
                    statistics.ReleaseCount, statistics.EntityCount, sync.Unchanged + sync.Changed, sampleQuery ?? "", sampleHits, runtime,
                    PeakWorkingSetBytes: 0, DatabaseBytes: 0, SearchIndexBytes: 0);
            }
            // Sizes after the store and the index have closed, so both have written everything they hold.
            report = report with
            {
                PeakWorkingSetBytes = PeakWorkingSet(),
                DatabaseBytes = FilesSize(work, "sco*.db") + FilesSize(work, "sco*.db-log"),
                SearchIndexBytes = FilesSize(indexPath, "*", SearchOption.AllDirectories),
            };
            output.WriteLine(report.ToText());
            return report;
        }
        finally
        {
            if (options.WorkDirectory is null && !options.KeepFiles) TryDelete(work);
            else output.WriteLine($"files kept in {work}");
        }
    }

    /// <summary>The first word of the first stored release's title: something a reader of that release would type.</summary>
    private static async Task<string?> SampleQueryAsync(LiteDbCorpusStore store, CancellationToken cancellationToken)
    {
        var first = await store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(1), cancellationToken);
        return first.Items.SelectMany(r => r.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(word => word.Length >= 4 && word.All(char.IsLetter));
    }

    /// <summary>The most memory the process has held (the kernel's high-water mark of its resident set).</summary>
    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static long FilesSize(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern, option).Sum(f => new FileInfo(f).Length) : 0;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder: left for the system to clean.
        }
    }
}
