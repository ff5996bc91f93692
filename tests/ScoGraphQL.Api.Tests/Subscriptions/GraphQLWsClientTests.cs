using System.Text.Json.Nodes;
using System.Net.Http.Json;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Subscriptions;
using ScoGraphQL.Storage;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// The real graphql-ws npm client (tests/ws/subscribe.mjs) against the server on a real Kestrel socket on
/// 127.0.0.1, authenticating with the API key as a deployed client would. Writes go through the server's own
/// store, which is what a mutation will do.
/// </summary>
public sealed class GraphQLWsClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Key = "client-test-key";
    private readonly SubscriptionApi _api = new() { Settings = { ["Auth:ApiKey"] = Key, ["Subscriptions:RequireApiKey"] = "true" } };
    private string _url = "";

    public Task InitializeAsync()
    {
        _api.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _api.StartServer();
        var address = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _url = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [NodeFact]
    public async Task The_graphql_ws_client_receives_releaseAdded_within_a_second_of_an_importRelease()
    {
        await using var client = await NodeClient.StartAsync(_url, Key, "--events", "2", "--timeout-ms", "30000");
        Assert.Equal("connected", (string?)(await client.NextLineAsync(TimeSpan.FromSeconds(30)))["event"]);
        await _api.WaitForSubscribersAsync(ReleaseChangeKind.Added);
        var store = _api.Services.GetRequiredService<ICorpusStore>();
        // A first write warms up the paths the measured one takes (JIT, LiteDB), as on a server that has been up a while.
        await store.SaveReleasesAsync([await _api.SeedWriteAsync(3, slug: "warm-up")]);
        Assert.Equal("next", (string?)(await client.NextLineAsync(TimeSpan.FromSeconds(10)))["event"]);
        const string title = "Live from the graphql-ws test";
        using var http = _api.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var import = new
        {
            query = "mutation($input: ImportReleaseInput!) { importRelease(input: $input) { release { title } errors { message } } }",
            variables = new { input = new { text = $"{title}\n\nOn 17 May 2021 the SCO Secretariat held an online dialogue with the UN Secretariat in Tashkent." } },
        };

        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/graphql", import);
        var committed = clock.Elapsed;
        var line = await client.NextLineAsync(TimeSpan.FromSeconds(5));
        var received = clock.Elapsed;

        output.WriteLine($"importRelease answered after {committed.TotalMilliseconds:F1} ms; " +
            $"the graphql-ws client's line about it was read after {received.TotalMilliseconds:F1} ms");
        Assert.Equal(title, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["importRelease"]!["release"]!["title"]);
        Assert.Equal("next", (string?)line["event"]);
        Assert.Equal(title, (string?)line["payload"]!["data"]!["releaseAdded"]!["title"]);
        Assert.True(received < TimeSpan.FromSeconds(1), $"The event took {received.TotalMilliseconds:F0} ms to reach the client.");
        Assert.Equal(0, await client.ExitCodeAsync(TimeSpan.FromSeconds(10)));
    }

    [NodeFact]
    public async Task The_graphql_ws_client_with_a_wrong_key_is_refused_with_4403()
    {
        await using var client = await NodeClient.StartAsync(_url, "not-the-key", "--timeout-ms", "30000");

        var line = await client.NextLineAsync(TimeSpan.FromSeconds(30));
        while ((string?)line["event"] == "closed") line = await client.NextLineAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("error", (string?)line["event"]);
        Assert.Equal(4403, (int?)line["error"]!["code"]);
        Assert.Equal(1, await client.ExitCodeAsync(TimeSpan.FromSeconds(10)));
    }
}
