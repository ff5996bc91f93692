using ScoGraphQL.Bench.Common;
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

    [Fact]
    public async Task Every_query_is_answered_and_measured_against_the_same_bytes()
    {
        var output = Path.Combine(_cache, "load.md");
        var options = LoadOptions.Parse(["--sizes", "12", "--duration", "1", "--connections", "2", "--cache", _cache, "--out", output])
            with { Configuration = TestBuild.Configuration };

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
    public async Task A_second_run_reuses_the_seeded_database_and_still_reports_its_seeding_rate()
    {
        var options = LoadOptions.Parse(["--sizes", "5", "--cache", _cache]) with { Configuration = TestBuild.Configuration };
        var first = await SeedTwiceAsync(options);
        Assert.True(File.Exists(first.Location));
    }

    /// <summary>Seeds 5 releases, then asks again from a new storage (a new run): nothing is seeded, the seeding time is kept.</summary>
    private static async Task<CorpusDatabase> SeedTwiceAsync(LoadOptions options)
    {
        CorpusDatabase first;
        await using (var storage = await CorpusStorage.OpenAsync(options, TextWriter.Null))
            first = await storage.EnsureAsync(5, TextWriter.Null);
        var log = new StringWriter();
        CorpusDatabase second;
        await using (var storage = await CorpusStorage.OpenAsync(options, TextWriter.Null))
            second = await storage.EnsureAsync(5, log);

        Assert.Equal("", log.ToString()); // nothing was seeded
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(first.StorageSettings, second.StorageSettings);
        Assert.True(first.SeedingReleasesPerSecond > 0);
        Assert.Equal(first.SeedingTime, second.SeedingTime);
        return second;
    }

    private static async Task DropAsync(string server, string database)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(server);
        await using var drop = source.CreateCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task Over_PostgreSQL_every_query_is_answered_and_the_report_names_the_provider()
    {
        var report = await LoadBenchmark.RunAsync(PostgresOptions("--connections", "2"), TextWriter.Null);

        var size = AssertEveryQueryMeasured(report);
        Assert.Equal(new StorageSetup("PostgreSQL", 1), report.Setup);
        Assert.True(size.SeedingTime > TimeSpan.Zero);
        Assert.True(size.DatabaseBytes > 0);
        Assert.Contains("### Load over 12 releases — PostgreSQL, 1 process (", report.Markdown);
        Assert.Contains("### Seeding — PostgreSQL", report.Markdown);
        Assert.Matches(@"\| 12 \| \d+\.\d \| [\d,]+ \|", report.Markdown); // releases, seconds, releases/s
    }

    [PostgresFact]
    public async Task On_a_named_PostgreSQL_server_a_second_run_reuses_the_seeded_database()
    {
        using var cluster = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) is { Length: > 0 } ? null : PostgresCluster.Start();
        var server = cluster?.AdminConnectionString ?? Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        // A seed of its own, so a server someone else runs cannot already hold this corpus.
        var seed = Random.Shared.Next(1_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var options = LoadOptions.Parse(["--provider", "postgres", "--postgres", server, "--seed", seed, "--cache", _cache]) with { Configuration = TestBuild.Configuration };
        try
        {
            var first = await SeedTwiceAsync(options);
            Assert.Equal($"sco_load_5_seed{seed}", first.Location);
        }
        finally
        {
            if (cluster is null) await DropAsync(server, $"sco_load_5_seed{seed}");
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
    }

    [PostgresFact]
    public async Task Two_replicas_over_one_database_share_the_load_and_say_so()
    {
        var report = await LoadBenchmark.RunAsync(PostgresOptions("--connections", "4", "--replicas", "2"), TextWriter.Null);

        AssertEveryQueryMeasured(report);
        Assert.Equal(new StorageSetup("PostgreSQL", 2), report.Setup);
        Assert.Contains("### Load over 12 releases — PostgreSQL, 2 replicas (", report.Markdown);
        Assert.Contains("### Targets (issue #7) — PostgreSQL, 2 replicas", report.Markdown);
        Assert.Contains("connections split over 2 replicas", report.Markdown);
        Assert.Contains("p99 is the worst replica's", report.Markdown);
    }

    [Theory]
    [InlineData("--replicas", "2")] // without --provider postgres: a LiteDB file belongs to one process
    [InlineData("--postgres", "Host=127.0.0.1")] // without --provider postgres
    [InlineData("--provider", "sqlite")]
    [InlineData("--replicas", "0")]
    [InlineData("--replicas", "3", "--provider", "postgres", "--connections", "2")]
    [InlineData("--redis", "127.0.0.1:6379")] // with one process, which needs no Redis
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

    /// <summary>
    /// Tiny corpus, one second, over SCOGRAPHQL_TEST_POSTGRES when set (as the storage tests; its sco_load_12_seed7
    /// database is then kept and reused, as the bench keeps its corpora), else the bench's own throwaway cluster.
    /// </summary>
    private LoadOptions PostgresOptions(params string[] extra)
    {
        string[] server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) is { Length: > 0 } given ? ["--postgres", given] : [];
        return LoadOptions.Parse(["--provider", "postgres", .. server, "--sizes", "12", "--duration", "1", "--cache", _cache, .. extra])
            with { Configuration = TestBuild.Configuration };
    }

    private static SizeMeasurement AssertEveryQueryMeasured(LoadReport report)
    {
        var size = Assert.Single(report.Sizes);
        Assert.Equal(12, size.Releases);
        Assert.Equal(["a", "b", "c", "d"], size.Queries.Select(q => q.Query.Key));
        foreach (var query in size.Queries)
        {
            Assert.True(query.Answer.HasData && query.Answer.ErrorCount == 0, $"({query.Query.Key}): {query.Answer.Text}");
            Assert.True(query.PlainBytesIdentical, $"({query.Query.Key}): the plain endpoint sent other bytes than GraphQL");
            Assert.True(query.GraphQL.Requests > 0 && query.Plain.Requests > 0, $"({query.Query.Key}) got no answer under load");
            Assert.Equal(0, query.GraphQL.Failures + query.Plain.Failures);
            Assert.True(query.GraphQL.P99Milliseconds >= query.GraphQL.P50Milliseconds && query.GraphQL.P50Milliseconds > 0);
        }
        return size;
    }

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }
}

/// <summary>A test that needs PostgreSQL: skipped, with the reason, only when no server is named and no cluster can be started.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SCOGRAPHQL_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } && PostgresCluster.UnavailableReason is { } reason)
            Skip = $"No PostgreSQL: {Variable} is not set and {reason}";
    }
}

public sealed class ReplicaMergeTests
{
    [Fact]
    public void Replicas_add_up_throughput_keep_the_worst_tail_and_weigh_the_medians_by_requests()
    {
        var merged = LoadResult.Merge([new LoadResult(300, 100, 2.0, 9.0, 1), new LoadResult(100, 40, 6.0, 30.0, 2)]);

        Assert.Equal(400, merged.Requests);
        Assert.Equal(140, merged.RequestsPerSecond, precision: 6);
        Assert.Equal(3.0, merged.P50Milliseconds, precision: 6); // (300 × 2 + 100 × 6) / 400
        Assert.Equal(30.0, merged.P99Milliseconds, precision: 6);
        Assert.Equal(3, merged.Failures);
    }

    [Fact]
    public void A_replica_that_answered_nothing_does_not_pull_the_latencies_to_zero()
    {
        var merged = LoadResult.Merge([new LoadResult(50, 50, 4.0, 8.0, 0), new LoadResult(0, 0, 0, 0, 7)]);

        Assert.Equal(4.0, merged.P50Milliseconds, precision: 6);
        Assert.Equal(8.0, merged.P99Milliseconds, precision: 6);
        Assert.Equal(7, merged.Failures);
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

public sealed class SeedingRecordTests
{
    [Theory]
    [InlineData(16_630_975L)] // 1.6630975 s: read back one tick short when the seconds were truncated (a CI failure)
    [InlineData(1L)]
    [InlineData(9_999_999L)]
    [InlineData(36_000_000_001L)] // one hour and a tick
    public void A_seeding_time_survives_the_marker_to_the_tick(long ticks)
    {
        var seeded = new CorpusDatabase(5, 7, "corpus.db", new Dictionary<string, string>(), TimeSpan.FromTicks(ticks));

        var read = SeedingRecord.TryParse(SeedingRecord.Of(seeded).ToJson());

        Assert.Equal(TimeSpan.FromTicks(ticks), read!.SeedingTime);
    }
}
