using System.Diagnostics;
using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Mutations;

public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Clients = 16;
    private const int ReleasesPerClient = 200;
    private const string Create = "mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { slug } errors { code message } } }";

    [Fact]
    public async Task Sixteen_clients_creating_two_hundred_releases_each_end_with_3200_releases_and_no_error()
    {
        using var noSeeds = new TempFolder();
        using var api = new MutableApi(noSeeds.Path);
        await api.ReleaseCountAsync(); // start the server before the clock

        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = api.CreateClient();
            var results = new List<GraphQLResponse>(ReleasesPerClient);
            for (var i = 0; i < ReleasesPerClient; i++)
            {
                // One title for all, so every create but the first also exercises slug disambiguation.
                var input = new { title = "Concurrent release", body = $"Client {client} writes release {i} about the zyzzyva." };
                results.Add(await api.MutateAsync(Create, new { input }, client: http));
            }
            return results;
        })));
        clock.Stop();

        var responses = results.SelectMany(r => r).ToList();
        output.WriteLine($"{responses.Count} createRelease mutations from {Clients} clients in {clock.Elapsed.TotalSeconds:F1} s ({responses.Count / clock.Elapsed.TotalSeconds:F0}/s)");
        Assert.All(responses, r => Assert.True(r.Errors is null && r.Data!["createRelease"]!["errors"]!.AsArray().Count == 0, r.Body?.ToJsonString()));
        var slugs = responses.Select(r => (string)r.Data!["createRelease"]!["release"]!["slug"]!).ToList();
        Assert.Equal(Clients * ReleasesPerClient, slugs.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Clients * ReleasesPerClient, await api.ReleaseCountAsync());
        var stored = (await api.DataAsync("{ releases(where: { body: { contains: \"zyzzyva\" } }) { totalCount } }"))["releases"]!["totalCount"]!;
        Assert.Equal(Clients * ReleasesPerClient, (int)stored);
        var hits = (await api.DataAsync("{ search(query: \"zyzzyva\") { totalCount } }"))["search"]!["totalCount"]!;
        Assert.Equal(Clients * ReleasesPerClient, (int)hits);
    }
}
