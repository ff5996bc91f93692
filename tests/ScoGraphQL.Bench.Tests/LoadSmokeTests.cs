using ScoGraphQL.Bench.Load;

namespace ScoGraphQL.Bench.Tests;

/// <summary>
/// bench/load end to end on a tiny corpus for one second per run: the built API as a real process, the load
/// generator, the plain endpoint. The figures are noise at this size; what is checked is what a reader of the
/// report relies on.
/// </summary>
public sealed class LoadSmokeTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "scographql-load-smoke", Guid.NewGuid().ToString("N"));

    private static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    [Fact]
    public async Task Every_query_is_answered_and_measured_against_the_same_bytes()
    {
        var output = Path.Combine(_cache, "load.md");
        var options = LoadOptions.Parse(["--sizes", "12", "--duration", "1", "--connections", "2", "--cache", _cache, "--out", output])
            with { Configuration = Configuration };

        var report = await LoadBenchmark.RunAsync(options, TextWriter.Null);

        var size = Assert.Single(report.Sizes);
        Assert.Equal(12, size.Releases);
        Assert.Equal(["a", "b", "c", "d"], size.Queries.Select(q => q.Query.Key));
        foreach (var query in size.Queries)
        {
            Assert.Equal(200, query.Answer.StatusCode);
            Assert.True(query.Answer.HasData, $"({query.Query.Key}) has no data: {query.Answer.Text}");
            Assert.Equal(0, query.Answer.ErrorCount);
            Assert.True(query.PlainBytesIdentical, $"({query.Query.Key}): the plain endpoint sent other bytes than GraphQL");
            Assert.True(query.Answer.StorageCalls > 0, $"({query.Query.Key}) reported no storage calls");
            Assert.True(query.GraphQL.Requests > 0 && query.Plain.Requests > 0, $"({query.Query.Key}) got no answer under load");
            Assert.Equal(0, query.GraphQL.Failures + query.Plain.Failures);
            Assert.True(query.GraphQL.P99Milliseconds >= query.GraphQL.P50Milliseconds && query.GraphQL.P50Milliseconds > 0);
        }
        Assert.True(size.StartupTime > TimeSpan.Zero);
        Assert.True(size.PeakResidentBytes > 0);

        var written = await File.ReadAllTextAsync(output);
        Assert.Equal(report.Markdown, written);
        Assert.Contains("| releases | (b) p50 ms", written);
        Assert.Contains("| (a) small: releases(first: 10) { nodes { id title } } |", written);
    }

    [Fact]
    public async Task A_second_run_reuses_the_seeded_database()
    {
        var options = LoadOptions.Parse(["--sizes", "5", "--cache", _cache]) with { Configuration = Configuration };
        var first = await CorpusDatabase.EnsureAsync(options, 5, TextWriter.Null);
        var seededAt = File.GetLastWriteTimeUtc(first.DatabasePath);

        var log = new StringWriter();
        var second = await CorpusDatabase.EnsureAsync(options, 5, log);

        Assert.Equal(first.DatabasePath, second.DatabasePath);
        Assert.Equal(seededAt, File.GetLastWriteTimeUtc(second.DatabasePath));
        Assert.Equal("", log.ToString()); // nothing was seeded
    }

    [Theory]
    [InlineData("--sizes", "0")]
    [InlineData("--duration", "soon")]
    [InlineData("--client", "ab")]
    [InlineData("--threads", "20")]
    [InlineData("--sizes")]
    [InlineData("--unknown", "1")]
    [InlineData("--set", "NoEquals")]
    public void Bad_options_are_refused_with_the_reason(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse(args));
        Assert.Contains(args[0], error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }
}

public sealed class WrkOutputTests
{
    [Fact]
    public void The_summary_is_read_in_milliseconds_whatever_unit_wrk_chose()
    {
        const string output = """
            Running 10s test @ http://127.0.0.1:5799/graphql
              1 threads and 16 connections
              Latency Distribution
                 50%  812.00us
                 75%    1.20ms
                 90%    3.50ms
                 99%    1.33s
              152 requests in 5.14s, 241.90KB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 5
            Requests/sec:     29.58
            Transfer/sec:     47.07KB
            """;

        var result = Wrk.Parse(output);

        Assert.Equal(152, result.Requests);
        Assert.Equal(29.58, result.RequestsPerSecond, precision: 6);
        Assert.Equal(0.812, result.P50Milliseconds, precision: 6);
        Assert.Equal(1330, result.P99Milliseconds, precision: 6);
        Assert.Equal(10, result.Failures); // 2 read errors, 3 timeouts, 5 non-2xx answers
    }

    [Fact]
    public void Output_without_the_latency_distribution_is_an_error_not_a_zero()
    {
        var error = Assert.Throws<FormatException>(() => Wrk.Parse("  10 requests in 1.00s, 1KB read\nRequests/sec: 10.00\n"));
        Assert.Contains("50%", error.Message);
    }
}
