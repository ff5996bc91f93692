using System.Text.Json.Nodes;
using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>graphql-transport-ws as graphql-ws's PROTOCOL.md specifies it, driven by hand over the TestServer.</summary>
public sealed class GraphQLWsProtocolTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    [Fact]
    public async Task Connection_init_is_acknowledged_on_the_graphql_transport_ws_subprotocol()
    {
        await using var client = await WsClient.ConnectAsync(api);

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
        await client.InitAsync();
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_and_a_pong_is_not_answered()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (string?)(await client.ReceiveAsync())["type"]);
        Assert.True(await client.IsQuietAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Ping_is_answered_before_connection_init_too()
    {
        await using var client = await WsClient.ConnectAsync(api);

        await client.SendAsync("""{"type":"ping","payload":{"at":1}}""");

        Assert.Equal("pong", (string?)(await client.ReceiveAsync())["type"]);
    }

    [Fact]
    public async Task A_client_that_does_not_offer_graphql_transport_ws_is_closed_with_4406()
    {
        await using var client = await WsClient.ConnectAsync(api, "graphql-ws");

        var (status, reason, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, status);
        Assert.Equal("Subprotocol not acceptable", reason);
    }

    [Fact]
    public async Task Subscribe_before_connection_ack_closes_with_4401()
    {
        await using var client = await WsClient.ConnectAsync(api);

        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal((4401, "Unauthorized"), Status(await client.ReceiveCloseAsync()));
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), Status(await client.ReceiveCloseAsync()));
    }

    [Fact]
    public async Task A_second_subscribe_with_a_live_operation_id_closes_with_4409()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("same", "subscription { releaseDeleted }");

        await client.SubscribeAsync("same", "subscription { releaseDeleted }");

        Assert.Equal((4409, "Subscriber for same already exists"), Status(await client.ReceiveCloseAsync()));
    }

    [Theory]
    [InlineData("not json", "Invalid message: not JSON")]
    [InlineData("[1,2]", "Invalid message: expected a JSON object")]
    [InlineData("""{"payload":{}}""", "Invalid message: 'type' must be a string")]
    [InlineData("""{"type":"start","id":"1"}""", "Invalid message: unexpected type 'start'")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Invalid message: unexpected type 'next'")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""", "Invalid message: 'id' must be a non-empty string")]
    [InlineData("""{"type":"subscribe","id":7,"payload":{"query":"{ __typename }"}}""", "Invalid message: 'id' must be a non-empty string")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "Invalid message: a subscribe payload needs a 'query' string")]
    [InlineData("""{"type":"complete"}""", "Invalid message: 'id' must be a non-empty string")]
    public async Task An_invalid_message_closes_with_4400_and_says_why(string message, string reason)
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SendAsync(message);

        Assert.Equal((4400, reason), Status(await client.ReceiveCloseAsync()));
    }

    [Fact]
    public async Task A_connection_init_payload_that_is_not_an_object_closes_with_4400()
    {
        await using var client = await WsClient.ConnectAsync(api);

        await client.SendAsync("""{"type":"connection_init","payload":"key"}""");

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Status);
    }

    [Fact]
    public async Task A_query_is_answered_with_one_next_then_complete()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("q1", "query Count($n: Int) { releases(first: $n) { totalCount } }", new JsonObject { ["n"] = 1 });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", (string?)next["type"]);
        Assert.Equal("q1", (string?)next["id"]);
        Assert.Equal(0, (int)next["payload"]!["data"]!["releases"]!["totalCount"]!);
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", (string?)complete["type"]);
        Assert.Equal("q1", (string?)complete["id"]);
    }

    [Fact]
    public async Task A_validation_error_is_answered_with_error_and_no_complete()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("bad", "subscription { releaseAdded { noSuchField } }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.Contains("noSuchField", (string?)error["payload"]!.AsArray()[0]!["message"]);
        Assert.True(await client.IsQuietAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task An_operation_id_can_be_used_again_once_its_operation_completed()
    {
        await using var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await client.SubscribeAsync("again", "{ __typename }");
            Assert.Equal("next", (string?)(await client.ReceiveAsync())["type"]);
            Assert.Equal("complete", (string?)(await client.ReceiveAsync())["type"]);
        }
    }

    [Fact]
    public async Task Closing_the_socket_disposes_its_subscriptions()
    {
        var before = api.Events.SubscriberCount(ReleaseChangeKind.Updated);
        var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("u1", "subscription { releaseUpdated { id } }");
        await client.SubscribeAsync("u2", "subscription { releaseUpdated { title } }");
        await api.WaitForSubscribersAsync(ReleaseChangeKind.Updated, before + 2);

        await client.DisposeAsync();

        await WaitUntilAsync(() => api.Events.SubscriberCount(ReleaseChangeKind.Updated) == before);
    }

    private static (int, string?) Status((int Status, string? Reason, List<JsonObject> Before) close) => (close.Status, close.Reason);

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 5 s.");
            await Task.Delay(10);
        }
    }
}
