using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Mutations;

public sealed class CrashTests(ITestOutputHelper output)
{
    private const string Key = "crash-test-key";
    private const int KillAfter = 40;
    private const string Create = "mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } errors { code message } } }";

    [Fact]
    public async Task Every_acknowledged_mutation_survives_a_SIGKILL_mid_stream()
    {
        using var data = new TempFolder();
        var database = data.File("sco.db");
        var acknowledged = new List<string>();
        var acknowledgedCount = 0;
        var streamEnded = false;
        var attempted = 0;

        using (var server = await ApiProcess.StartAsync(database, Key))
        {
            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            // Kill while the stream runs, wherever it is: between requests, mid-request or mid-commit. Only
            // once enough mutations are acknowledged for the check to mean something (the first ones pay for JIT).
            var killer = Task.Run(async () =>
            {
                while (Volatile.Read(ref acknowledgedCount) < KillAfter && !Volatile.Read(ref streamEnded)) await Task.Delay(1);
                await Task.Delay(Random.Shared.Next(0, 40));
                server.Kill();
            });
            for (var i = 0; !killer.IsCompleted; i++)
            {
                attempted++;
                try
                {
                    using var response = await client.PostAsJsonAsync("graphql", new
                    {
                        query = Create,
                        variables = new { input = new { title = $"Crash stream release {i}", body = $"Release {i} of the stream, about the zyzzyva." } },
                    });
                    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                    var payload = body["data"]!["createRelease"]!;
                    Assert.Empty(payload["errors"]!.AsArray());
                    acknowledged.Add((string)payload["release"]!["id"]!);
                    Volatile.Write(ref acknowledgedCount, acknowledged.Count);
                }
                catch (HttpRequestException)
                {
                    break; // the server is gone
                }
            }
            Volatile.Write(ref streamEnded, true);
            await killer;
        }

        using var restarted = await ApiProcess.StartAsync(database, Key);
        using var reader = new HttpClient { BaseAddress = restarted.Address };
        var found = JsonNode.Parse(await (await reader.PostAsJsonAsync("graphql", new
        {
            query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } releases { totalCount } }",
            variables = new { ids = acknowledged },
        })).Content.ReadAsStringAsync())!;

        output.WriteLine($"{acknowledged.Count} acknowledged of {attempted} attempted; {found["data"]?["releases"]?["totalCount"]} stored after restart");
        Assert.True(acknowledged.Count >= KillAfter, $"Too few mutations before the kill to prove anything:\n{restarted.Output}");
        var missing = acknowledged.Zip(found["data"]!["nodes"]!.AsArray()).Where(x => x.Second is null).Select(x => x.First).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged releases are gone after the restart: {string.Join(", ", missing.Take(10))}");
        Assert.InRange((int)found["data"]!["releases"]!["totalCount"]!, acknowledged.Count, acknowledged.Count + 1);
    }
}
