// Measures how long nested GraphQL queries take over a corpus of N releases, in-process (no network),
// through the real server pipeline: HTTP endpoint, executer, batch loaders, LiteDB.
// Usage: dotnet run -c Release --project bench/queries -- [releases=10000] [iterations=50]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

internal static class QueryBenchmark
{
    // The API's entry point is the global `Program`; this tool needs its own name.
    public static async Task Main(string[] args)
    {
        var releases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "scographql-bench", Guid.NewGuid().ToString("N"));
        var corpus = Path.Combine(work, "corpus");
        Directory.CreateDirectory(corpus);
        try
        {
            Corpus.Write(Path.Combine(root, "seeds"), corpus, releases);
            // WebApplicationFactory finds the API's content root this way when the caller is not a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SCOGRAPHQL_API", Path.Combine(root, "src", "ScoGraphQL.Api"));
        var seeding = Stopwatch.StartNew();
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            {
                host.UseEnvironment("Production");
                host.UseSetting("Storage:Path", Path.Combine(work, "sco.db"));
                host.UseSetting("Seed:Path", corpus);
                host.UseSetting("GraphQL:AllowDebugStats", "true");
                host.ConfigureLogging(logging => logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning));
            });
            using var client = factory.CreateClient();
            var stats = await Query(client, "{ stats { releaseCount entityCount } }");
            seeding.Stop();
            Console.WriteLine($"corpus: {stats["data"]!["stats"]!.ToJsonString()} seeded in {seeding.Elapsed.TotalSeconds:F1} s ({releases / seeding.Elapsed.TotalSeconds:F0} releases/s)");

            var queries = new (string Name, string Text)[]
            {
                ("small: releases(first: 10) { id title }", "{ releases(first: 10) { nodes { id title } } }"),
                ("nested: 50 releases -> people -> roles -> organization", "{ releases(first: 50) { nodes { title people { name roles { title organization { name } } } } } }"),
                ("nested: 50 releases -> events -> participants", "{ releases(first: 50) { nodes { title events { name place { name } participants { name } } } } }"),
                ("filtered: contains + order, 50", "{ releases(first: 50, where: { body: { contains: \"security\" } }, order: [{ eventDate: DESC }]) { totalCount nodes { slug } } }"),
                ("people page: 20 people -> roles, events, related", "{ people(first: 20, order: [{ mentionCount: DESC }]) { nodes { name roles { title release { slug } } events { name } related(first: 5) { sharedReleases entity { name } } } } }"),
            };
            Console.WriteLine($"{"query",-58} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"calls",6}");
            foreach (var (name, text) in queries)
            {
                for (var i = 0; i < 3; i++) await Query(client, text); // warm-up
                var times = new List<double>();
                var calls = 0;
                for (var i = 0; i < iterations; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var result = await Query(client, text);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    if (result["errors"] is { } errors) throw new InvalidOperationException($"{name}: {errors.ToJsonString()}");
                    calls = (int)result["extensions"]!["stats"]!["storageCalls"]!;
                }
                times.Sort();
                Console.WriteLine($"{name,-58} {Percentile(times, 0.50),8:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1} {calls,6}");
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<JsonNode> Query(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Debug-Stats", "1");
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraphQL.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScoGraphQL.sln not found");
    }
}

/// <summary>N distinct releases made from the seeds: each copy gets its own headline, dates shifted by whole days and a closing line.</summary>
internal static class Corpus
{
    public static void Write(string seeds, string target, int count)
    {
        var texts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Count];
            var newline = text.IndexOf('\n');
            var body = text[newline..].Replace("2020", (2010 + i % 12).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(target, $"r{i:D6}.txt"), $"Release {i}: {text[..newline].Trim()}\n{body}\n\nReference number {i}.\n", new UTF8Encoding(false));
        }
    }
}
