using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Auth;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>The API key in the connection_init payload, when the server requires it.</summary>
public sealed class ConnectionAuthenticationTests
{
    private const string Key = "s3cret-ключ";

    [Fact]
    public async Task Without_the_key_the_connection_is_closed_with_4403()
    {
        await using var api = KeyedApi();
        await using var client = await WsClient.ConnectAsync(api);

        await client.SendAsync("""{"type":"connection_init"}""");

        var (status, reason, before) = await client.ReceiveCloseAsync();
        Assert.Equal((4403, "Forbidden"), (status, reason));
        Assert.Empty(before);
    }

    [Theory]
    [InlineData("""{"X-Api-Key":"wrong"}""")]
    [InlineData("""{"X-Api-Key":"s3cret"}""")]
    [InlineData("""{"X-Api-Key":null}""")]
    [InlineData("""{"Authorization":"s3cret-ключ"}""")]
    public async Task With_a_wrong_key_the_connection_is_closed_with_4403(string payload)
    {
        await using var api = KeyedApi();
        await using var client = await WsClient.ConnectAsync(api);

        await client.SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

        Assert.Equal(4403, (await client.ReceiveCloseAsync()).Status);
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("x-api-key")]
    public async Task With_the_key_the_connection_is_acknowledged_and_serves_operations(string field)
    {
        await using var api = KeyedApi();
        await using var client = await WsClient.ConnectAsync(api);

        await client.InitAsync(new() { [field] = Key });
        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal("next", (string?)(await client.ReceiveAsync())["type"]);
    }

    [Fact]
    public async Task Without_a_required_key_any_connection_init_is_acknowledged()
    {
        await using var api = new SubscriptionApi();
        await using var client = await WsClient.ConnectAsync(api);

        await client.InitAsync(new() { ["X-Api-Key"] = "anything" });
    }

    [Theory]
    [InlineData("Development", "key", null, false)] // easy local use by default
    [InlineData("Production", "key", null, true)]
    [InlineData("Production", "", null, false)] // nothing to check against
    [InlineData("Development", "key", true, true)]
    [InlineData("Production", "key", false, false)]
    public void The_key_is_required_outside_development_when_one_is_configured_unless_set_explicitly(
        string environment, string apiKey, bool? requireApiKey, bool required)
    {
        var host = new HostingEnvironment { EnvironmentName = environment };
        var auth = Options.Create(new AuthOptions { ApiKey = apiKey });
        var authenticator = new ConnectionAuthenticator(
            Options.Create(new SubscriptionOptions { RequireApiKey = requireApiKey }), auth, host, new ApiKey(auth, host));

        Assert.Equal(required, authenticator.RequiresApiKey);
        Assert.Equal(!required, authenticator.Authenticate(null, new ClaimsPrincipal()) is not null);
        var withKey = authenticator.Authenticate(JsonDocument.Parse($$"""{"X-Api-Key":"{{apiKey}}"}""").RootElement, new ClaimsPrincipal());
        Assert.True(withKey?.Identity?.IsAuthenticated == true || apiKey.Length == 0);
    }

    [Fact]
    public void Requiring_a_key_without_configuring_one_fails_at_startup()
    {
        using var api = new SubscriptionApi { Settings = { ["Subscriptions:RequireApiKey"] = "true", ["Auth:ApiKey"] = "" } };

        var error = Assert.ThrowsAny<OptionsValidationException>(() => api.Services);
        Assert.Contains("Subscriptions:RequireApiKey", error.Message);
    }

    [Fact]
    public async Task A_connection_that_presented_the_key_runs_mutations()
    {
        await using var api = KeyedApi();
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync(new() { ["X-Api-Key"] = Key });

        await client.SubscribeAsync("1", "mutation($input: ImportReleaseInput!) { importRelease(input: $input) { release { title } errors { message } } }",
            new() { ["input"] = new JsonObject { ["text"] = ReleaseText("Mutation over a WebSocket") } });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", (string?)next["type"]);
        Assert.Equal("Mutation over a WebSocket", (string?)next["payload"]!["data"]!["importRelease"]!["release"]!["title"]);
        Assert.Equal("complete", (string?)(await client.ReceiveAsync())["type"]);
    }

    [Fact]
    public async Task Without_the_key_a_mutation_over_a_websocket_is_refused_and_writes_nothing()
    {
        await using var api = new SubscriptionApi { Settings = { ["Auth:ApiKey"] = Key, ["Subscriptions:RequireApiKey"] = "false" } };
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("1", "mutation($input: ImportReleaseInput!) { importRelease(input: $input) { release { title } } }",
            new() { ["input"] = new JsonObject { ["text"] = ReleaseText("Refused over a WebSocket") } });

        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error["type"]);
        Assert.Contains("connection_init", (string?)error["payload"]![0]!["message"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string?)error["payload"]![0]!["extensions"]!["code"]);
        await client.SubscribeAsync("2", """{ releases(where: { title: { eq: "Refused over a WebSocket" } }) { totalCount } }""");
        Assert.Equal(0, (int)(await client.ReceiveAsync())["payload"]!["data"]!["releases"]!["totalCount"]!);
    }

    private static string ReleaseText(string title) =>
        $"{title}\n\n16 March 2021\n\nOn 16 March 2021 SCO Secretary-General Vladimir Norov met journalists in Beijing.";

    private static SubscriptionApi KeyedApi() =>
        new() { Settings = { ["Auth:ApiKey"] = Key, ["Subscriptions:RequireApiKey"] = "true" } };
}
