using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

public sealed class ServerShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_closes_open_sockets_with_1001_going_away()
    {
        var api = new SubscriptionApi();
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("live", "subscription { releaseAdded { id } }");
        await api.WaitForSubscribersAsync(ReleaseChangeKind.Added);

        var stopping = api.DisposeAsync().AsTask();
        var (status, reason, _) = await client.ReceiveCloseAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1001, "Server shutting down"), (status, reason));
    }
}
