using System.Diagnostics;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// Issue #7 parts 3 and 4: for each corpus size, the built API (Release) as a real process on 127.0.0.1 answers
/// four queries under a fixed-concurrency load, and a plain endpoint answers the same POSTs with the same bytes
/// under the same load, so the ratio says how close GraphQL comes to the cost of just sending the bytes.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Measures every size in <paramref name="options"/>, writes progress to <paramref name="log"/> and returns the tables.</summary>
    /// <exception cref="InvalidOperationException">A query was not answered with data: figures of a failing query would mean nothing.</exception>
    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ILoadGenerator generator = options.Client == LoadClient.Wrk ? new Wrk() : new DotnetLoadClient();
        var sizes = new List<SizeMeasurement>();
        foreach (var size in options.Sizes)
        {
            var database = await CorpusDatabase.EnsureAsync(options, size, log, cancellationToken);
            sizes.Add(await MeasureAsync(database, generator, options, log, cancellationToken));
        }
        var description = $"{generator.Describe(options)}, {options.Configuration} build";
        var report = new LoadReport(description, sizes, MarkdownReport.Write(description, sizes));
        if (options.OutputFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, report.Markdown, cancellationToken);
        }
        return report;
    }

    private static async Task<SizeMeasurement> MeasureAsync(
        CorpusDatabase database, ILoadGenerator generator, LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(options.ServerSettings)
        {
            ["Storage:Path"] = database.DatabasePath,
            ["GraphQL:AllowDebugStats"] = "true", // storage calls per query, asked for outside the load only
        };
        using var server = await ServerProcess.StartAsync(settings, options.Configuration, cancellationToken: cancellationToken);
        var startup = server.StartupTime;
        var graphQL = new Uri(server.Address, "graphql");
        using var probe = new GraphQLProbe(graphQL);

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
            var identical = (await plainProbe.PostBytesAsync(query.Body, cancellationToken)).AsSpan().SequenceEqual(answers[query].Body);
            await log.WriteLineAsync($"{database.Size:N0} releases, ({query.Key}) {query.Name}: GraphQL, then plain");
            // Back to back with the same settings, so both see the same machine; each after its own warm-up.
            var (onGraphQL, serverCpu) = await WarmThenMeasureAsync(generator, graphQL, query, options, server.Id, cancellationToken);
            var (onPlain, _) = await WarmThenMeasureAsync(generator, plain.Url, query, options, Environment.ProcessId, cancellationToken);
            var cpuPerRequest = onGraphQL.Requests > 0 ? serverCpu / onGraphQL.Requests : TimeSpan.Zero;
            measurements.Add(new QueryMeasurement(query, answers[query], identical, onGraphQL, onPlain, cpuPerRequest));
        }

        return new SizeMeasurement(database.Size, startup, server.ResidentBytes(), server.PeakResidentBytes(),
            DatabaseBytes(database.DatabasePath), measurements);
    }

    /// <summary>
    /// A short run first, so JIT tiering and caches are settled before the figures count; then the run, with the CPU
    /// time the serving process (<paramref name="serverProcessId"/>) used during it.
    /// </summary>
    private static async Task<(LoadResult Result, TimeSpan ServerCpu)> WarmThenMeasureAsync(
        ILoadGenerator generator, Uri url, BenchmarkQuery query, LoadOptions options, int serverProcessId, CancellationToken cancellationToken)
    {
        var warmUp = options with { Duration = TimeSpan.FromSeconds(Math.Max(1, options.Duration.TotalSeconds / 5)) };
        await generator.RunAsync(url, query.Body, warmUp, cancellationToken);
        using var server = Process.GetProcessById(serverProcessId);
        var before = server.TotalProcessorTime;
        var result = await generator.RunAsync(url, query.Body, options, cancellationToken);
        server.Refresh();
        return (result, server.TotalProcessorTime - before);
    }

    /// <summary>The LiteDB file and everything beside it that belongs to it (its log, the search index).</summary>
    private static long DatabaseBytes(string path)
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(path)!);
        return folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
    }
}
