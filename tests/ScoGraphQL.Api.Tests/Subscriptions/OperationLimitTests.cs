namespace ScoGraphQL.Api.Tests.Subscriptions;

public sealed class OperationLimitTests
{
    [Fact]
    public async Task A_subscribe_beyond_the_per_connection_limit_gets_an_error_and_the_socket_stays_open()
    {
        await using var api = new SubscriptionApi { Settings = { ["Subscriptions:MaxOperationsPerConnection"] = "2" } };
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("a", "subscription { releaseAdded { id } }");
        await client.SubscribeAsync("b", "subscription { releaseDeleted }");

        await client.SubscribeAsync("c", "subscription { releaseUpdated { id } }");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "c"), ((string?)error["type"], (string?)error["id"]));
        Assert.Contains("already runs 2 operations", (string?)error["payload"]!.AsArray()[0]!["message"]);
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())["type"]);
    }
}
