using ScoGraphQL.Bench.Ingest;

namespace ScoGraphQL.Bench.Tests;

/// <summary>The ingest benchmark on a tiny corpus: everything it generated is stored and searchable, and its report adds up.</summary>
public sealed class IngestSmokeTests : IDisposable
{
    private const int Releases = 20;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sco-ingest-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Every_generated_release_is_stored_indexed_and_reported()
    {
        var output = new StringWriter();

        var report = await IngestBenchmark.RunAsync(new IngestOptions(Releases, Seed: 3, WorkDirectory: _work), output);

        Assert.Equal(Releases, report.Files);
        Assert.Equal(Releases, report.Seeding.Added);
        Assert.Empty(report.Seeding.Failed);
        Assert.Equal(Releases, report.StoredReleases);
        Assert.Equal(Releases, report.IndexedReleases);
        Assert.True(report.StoredEntities > 0, "no entity was extracted");
        Assert.NotEqual("", report.SampleQuery);
        Assert.InRange(report.SampleSearchHits, 1, Releases);

        Assert.InRange(report.ReleasesPerSecond, 0.01, 1_000_000);
        var timings = report.Seeding.Timings;
        Assert.All([timings.Parse, timings.Extract, timings.Store, report.IndexTime], stage => Assert.True(stage > TimeSpan.Zero));
        Assert.True(timings.Total <= report.Elapsed, "the stages take longer than the run");
        Assert.True(report.IndexTime <= timings.Store, "indexing is part of the store calls");
        Assert.True(report.DatabaseBytes > 0 && report.SearchIndexBytes > 0 && report.PeakWorkingSetBytes > report.DatabaseBytes / 100);

        var text = output.ToString();
        Assert.Contains("releases/s", text);
        Assert.Contains("final recompute", text);
        Assert.Contains("database file", text);
        // What was written stays where it was asked to be, and nothing else is left behind.
        Assert.True(File.Exists(Path.Combine(_work, "sco.db")));
        Assert.False(File.Exists(Path.Combine(_work, "sco-log.db")), "the log was not checkpointed into the database");
    }

    [Theory]
    [InlineData("--releases", "0")]
    [InlineData("--releases", "many")]
    [InlineData("--seed")]
    [InlineData("--frobnicate")]
    [InlineData("--corpus", "/no/such/folder")]
    public void Bad_arguments_are_refused_with_a_message_that_names_them(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => IngestOptions.Parse(args));
        Assert.Contains(args.Length > 1 && args[0] == "--corpus" ? "--corpus" : args[0], error.Message);
    }

    [Fact]
    public void Without_a_size_or_a_corpus_the_benchmark_does_not_start()
    {
        var error = Assert.Throws<ArgumentException>(() => IngestOptions.Parse([]));
        Assert.Contains("--releases", error.Message);
    }
}
