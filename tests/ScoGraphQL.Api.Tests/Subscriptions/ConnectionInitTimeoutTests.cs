namespace ScoGraphQL.Api.Tests.Subscriptions;

public sealed class ConnectionInitTimeoutTests
{
    [Fact]
    public async Task A_socket_that_sends_no_connection_init_in_time_is_closed_with_4408()
    {
        await using var api = new SubscriptionApi { Settings = { ["Subscriptions:ConnectionInitTimeout"] = "00:00:00.200" } };
        await using var client = await WsClient.ConnectAsync(api);

        var (status, reason, _) = await client.ReceiveCloseAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), (status, reason));
    }

    [Fact]
    public async Task A_socket_that_sent_connection_init_in_time_stays_open_after_the_timeout()
    {
        await using var api = new SubscriptionApi { Settings = { ["Subscriptions:ConnectionInitTimeout"] = "00:00:00.200" } };
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await Task.Delay(400);
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (string?)(await client.ReceiveAsync())["type"]);
    }
}
