using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// Issue #8's replicas for real: two API processes on their own ports over one PostgreSQL database and one Redis
/// channel. A graphql-ws client subscribed on replica A hears of a release imported through replica B.
/// </summary>
public sealed class CrossReplicaSubscriptionTests(PostgresServer postgres, RedisServer redis, ITestOutputHelper output)
    : IClassFixture<PostgresServer>, IClassFixture<RedisServer>, IDisposable
{
    private const string Key = "cross-replica-key";
    private const int MeasuredImports = 10;
    private readonly TempFolder _unusedLiteDbFolder = new();

    [CrossReplicaFact]
    public async Task A_graphql_ws_client_on_replica_A_receives_releaseAdded_for_an_importRelease_sent_to_replica_B()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = postgres.CreateDatabase("replicas"),
            ["Events:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Events:Channel"] = RedisServer.NewChannel(),
            ["Subscriptions:RequireApiKey"] = "true",
        };
        using var a = await ApiProcess.StartAsync(_unusedLiteDbFolder.File("a.db"), Key, settings);
        using var b = await ApiProcess.StartAsync(_unusedLiteDbFolder.File("b.db"), Key, settings);
        try
        {
            await WaitUntilReadyAsync(a);
            await WaitUntilReadyAsync(b);
            using var toB = new HttpClient { BaseAddress = b.Address };
            toB.DefaultRequestHeaders.Add("X-Api-Key", Key);
            await using var client = await NodeClient.StartAsync(
                new UriBuilder(a.Address) { Scheme = "ws", Path = "/graphql" }.Uri.ToString(), Key,
                "--events", "1000", "--timeout-ms", "120000");
            Assert.Equal("connected", (string?)(await client.NextLineAsync(TimeSpan.FromSeconds(30)))["event"]);
            await WarmUpAsync(client, toB);

            var answered = new List<TimeSpan>();
            var latencies = new List<TimeSpan>();
            for (var i = 1; i <= MeasuredImports; i++)
            {
                var title = $"Cross-replica release {i}";
                var clock = Stopwatch.StartNew();
                var imported = await ImportAsync(toB, title);
                answered.Add(clock.Elapsed);
                var line = await NextReleaseAddedAsync(client, TimeSpan.FromSeconds(10));
                latencies.Add(clock.Elapsed);

                Assert.Equal(title, (string?)imported["title"]);
                Assert.Equal(title, (string?)line["title"]); // loaded by A from the database B wrote to
                Assert.Equal((string?)imported["id"], (string?)line["id"]);
            }

            var sorted = latencies.Order().ToList();
            output.WriteLine($"{MeasuredImports} imports one at a time. importRelease POSTed to B → answered: {Summary(answered)}; " +
                $"→ releaseAdded read from the graphql-ws client on A: {Summary(latencies)}; " +
                $"event after the answer: {Summary(latencies.Zip(answered, (received, answer) => received - answer))}");
            Assert.True(sorted[sorted.Count / 2] < TimeSpan.FromSeconds(1), $"Median {sorted[sorted.Count / 2].TotalMilliseconds:F0} ms from mutation to event.");
            Assert.True(sorted[^1] < TimeSpan.FromSeconds(3), $"Slowest {sorted[^1].TotalMilliseconds:F0} ms from mutation to event.");
        }
        catch
        {
            output.WriteLine($"--- replica A ---\n{a.Output}\n--- replica B ---\n{b.Output}");
            throw;
        }
    }

    public void Dispose() => _unusedLiteDbFolder.Dispose();

    private static string Summary(IEnumerable<TimeSpan> times)
    {
        var ms = times.Select(t => t.TotalMilliseconds).Order().ToList();
        return $"min {ms[0]:F1} ms, median {ms[ms.Count / 2]:F1} ms, max {ms[^1]:F1} ms";
    }

    /// <summary>
    /// Imports through B until the client on A receives one: from then on its subscription is certainly in place
    /// (the graphql-ws "connected" line only says the socket was acknowledged) and both replicas' first-call costs are paid.
    /// </summary>
    private static async Task WarmUpAsync(NodeClient client, HttpClient toB)
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            await ImportAsync(toB, $"Warm-up release {attempt}");
            if (await client.TryNextLineAsync(TimeSpan.FromSeconds(2)) is { } line)
            {
                Assert.Equal("next", (string?)line["event"]);
                // Drain events of earlier warm-ups that were already on their way.
                while (await client.TryNextLineAsync(TimeSpan.FromMilliseconds(500)) is { } late) Assert.Equal("next", (string?)late["event"]);
                return;
            }
        }
        Assert.Fail("No releaseAdded reached the client on A for 20 imports through B.");
    }

    private static async Task<JsonNode> ImportAsync(HttpClient replica, string title)
    {
        using var response = await replica.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($input: ImportReleaseInput!) { importRelease(input: $input) { release { id title } errors { message } } }",
            variables = new { input = new { text = $"{title}\n\nOn 17 May 2021 the SCO Secretariat held an online dialogue with the UN Secretariat in Tashkent." } },
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var release = body["data"]?["importRelease"]?["release"];
        Assert.True(release is not null, $"importRelease on B failed: {body.ToJsonString()}");
        return release;
    }

    /// <summary>The next releaseAdded the client printed, past any straggler from the warm-up.</summary>
    private static async Task<JsonNode> NextReleaseAddedAsync(NodeClient client, TimeSpan wait)
    {
        while (true)
        {
            var line = await client.NextLineAsync(wait);
            Assert.True((string?)line["event"] == "next", $"Expected an event, got {line.ToJsonString()}");
            var release = line["payload"]!["data"]!["releaseAdded"]!;
            if (!((string?)release["title"] ?? "").StartsWith("Warm-up", StringComparison.Ordinal)) return release;
        }
    }

    /// <summary>/readyz 200: store reachable and, with the Redis feed, the channel subscribed.</summary>
    private static async Task WaitUntilReadyAsync(ApiProcess replica)
    {
        using var http = new HttpClient { BaseAddress = replica.Address };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var response = await http.GetAsync("/readyz");
            if (response.StatusCode == HttpStatusCode.OK) return;
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30),
                $"{replica.Address} not ready after 30 s: {await response.Content.ReadAsStringAsync()}\n{replica.Output}");
            await Task.Delay(100);
        }
    }
}
