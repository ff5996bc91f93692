using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// Issue #7 parts 3 and 4: for each corpus size, the built API (Release) as a real process on 127.0.0.1 answers
/// four queries under a fixed-concurrency load, and a plain endpoint answers the same POSTs with the same bytes
/// under the same load, so the ratio says how close GraphQL comes to the cost of just sending the bytes.
/// Issue #8 part 5: the same over PostgreSQL (--provider postgres), and over several API processes sharing one
/// database (--replicas N), so the providers' tables can sit side by side. The plain endpoint stays one process.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Measures every size in <paramref name="options"/>, writes progress to <paramref name="log"/> and returns the tables.</summary>
    /// <exception cref="InvalidOperationException">A query was not answered with data: figures of a failing query would mean nothing.</exception>
    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ILoadGenerator generator = options.Client == LoadClient.Wrk ? new Wrk() : new DotnetLoadClient();
        await using var storage = await CorpusStorage.OpenAsync(options, log, cancellationToken);
        // Replicas hear of each other's writes through Redis, as deployed; one process needs none.
        using var redis = options.Replicas > 1 && options.RedisEndpoint is null ? RedisProcess.Start() : null;
        var redisEndpoint = options.RedisEndpoint ?? redis?.Endpoint;
        var sizes = new List<SizeMeasurement>();
        foreach (var size in options.Sizes)
        {
            var database = await storage.EnsureAsync(size, log, cancellationToken);
            sizes.Add(await MeasureAsync(storage, database, generator, options, redisEndpoint, log, cancellationToken));
        }
        var description = $"{generator.Describe(options)}, {options.Configuration} build";
        if (options.Replicas > 1) description += $", connections split over {options.Replicas} replicas, one load generator each, run together";
        var setup = new StorageSetup(storage.Name, options.Replicas);
        var report = new LoadReport(description, setup, sizes, MarkdownReport.Write(description, setup, sizes));
        if (options.OutputFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, report.Markdown, cancellationToken);
        }
        return report;
    }

    private static async Task<SizeMeasurement> MeasureAsync(CorpusStorage storage, CorpusDatabase database, ILoadGenerator generator,
        LoadOptions options, string? redisEndpoint, TextWriter log, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(options.ServerSettings)
        {
            ["GraphQL:AllowDebugStats"] = "true", // storage calls per query, asked for outside the load only
        };
        foreach (var (key, value) in database.StorageSettings) settings[key] = value;
        using var replicas = await ReplicaSet.StartAsync(settings, options.Replicas, redisEndpoint, options.Configuration, cancellationToken);
        var startup = replicas.First.StartupTime;
        using var probe = new GraphQLProbe(new Uri(replicas.First.Address, GraphQLPath));

        var person = (await probe.DataAsync(BenchmarkQuery.MostMentionedPerson, cancellationToken))?["people"]?["nodes"]?[0]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"The corpus of {database.Size} releases has no person to build a person page for.");
        BenchmarkQuery[] queries = [BenchmarkQuery.Small, BenchmarkQuery.PersonPage(person), BenchmarkQuery.Nested, BenchmarkQuery.Search];

        var answers = new Dictionary<BenchmarkQuery, CapturedAnswer>();
        foreach (var query in queries)
        {
            var answer = await probe.CaptureAsync(query.Body, cancellationToken);
            if (answer.StatusCode != 200 || !answer.HasData || answer.ErrorCount > 0)
                throw new InvalidOperationException($"({query.Key}) answered {answer.StatusCode} over {database.Size} releases: {answer.Text}");
            answers[query] = answer;
        }

        await using var plain = await PlainEndpoint.StartAsync(queries.ToDictionary(q => q.Body, q => answers[q].Body));
        using var plainProbe = new GraphQLProbe(plain.Url);
        var measurements = new List<QueryMeasurement>();
        foreach (var query in queries)
        {
            var warmServer = measurements.Count > 0;
            var identical = (await plainProbe.PostBytesAsync(query.Body, cancellationToken)).AsSpan().SequenceEqual(answers[query].Body);
            await log.WriteLineAsync($"{database.Size:N0} releases, ({query.Key}) {query.Name}: GraphQL, then plain");
            // Back to back with the same settings, so both see the same machine; each after its own warm-up, so JIT
            // tiering and caches are settled before the figures count.
            // Each settles on its CPU per request, which other work on the machine hardly moves (req/s did not settle
            // within 10% in a minute on a busy machine). The plain endpoint's is this process's: with wrk it runs nothing else
            // meanwhile, and the .NET client's share settles with it.
            var graphQLWarmUp = await WarmUp.RunAsync(async window =>
                CpuPerRequest(await replicas.RunAsync(generator, GraphQLPath, query.Body, window, cancellationToken)).TotalMicroseconds, options, "µs CPU/req", warmServer);
            await log.WriteLineAsync($"  GraphQL warm-up {graphQLWarmUp}");
            var onGraphQL = await replicas.RunAsync(generator, GraphQLPath, query.Body, options, cancellationToken);
            var plainWarmUp = await WarmUp.RunAsync(async window =>
            {
                var before = Environment.CpuUsage.TotalTime;
                var run = await generator.RunAsync(plain.Url, query.Body, window, cancellationToken);
                return CpuPerRequest((run, Environment.CpuUsage.TotalTime - before)).TotalMicroseconds;
            }, options, "µs CPU/req", warmServer: true); // its few methods are the same for every query
            await log.WriteLineAsync($"  plain warm-up {plainWarmUp}");
            var onPlain = await generator.RunAsync(plain.Url, query.Body, options, cancellationToken);
            measurements.Add(new QueryMeasurement(query, answers[query], identical, onGraphQL.Result, onPlain, CpuPerRequest(onGraphQL), graphQLWarmUp));
        }

        var (resident, peak) = replicas.LargestMemory();
        return new SizeMeasurement(database.Size, startup, resident, peak, await storage.BytesAsync(database, cancellationToken),
            database.SeedingTime, measurements);
    }

    private const string GraphQLPath = "graphql";

    private static TimeSpan CpuPerRequest((LoadResult Result, TimeSpan ServerCpu) run) =>
        run.Result.Requests > 0 ? run.ServerCpu / run.Result.Requests : TimeSpan.Zero;
}
