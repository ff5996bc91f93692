using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A hand-driven graphql-transport-ws client over the in-process TestServer, for tests that must send what a
/// well-behaved client never would. Every wait is bounded so a protocol bug fails the test instead of hanging it.
/// </summary>
public sealed class WsClient : IAsyncDisposable
{
    public const string Protocol = "graphql-transport-ws";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;

    private WsClient(WebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<WsClient> ConnectAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, params string[] subProtocols)
        where TEntryPoint : class
    {
        var client = factory.Server.CreateWebSocketClient();
        foreach (var protocol in subProtocols) client.SubProtocols.Add(protocol);
        using var timeout = new CancellationTokenSource(Wait);
        return new WsClient(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), timeout.Token));
    }

    public static Task<WsClient> ConnectAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory) where TEntryPoint : class =>
        ConnectAsync(factory, Protocol);

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task SendAsync(JsonObject message) => SendAsync(message.ToJsonString());

    /// <summary>connection_init (with an optional payload), then expects connection_ack.</summary>
    public async Task InitAsync(JsonObject? payload = null)
    {
        var init = new JsonObject { ["type"] = "connection_init" };
        if (payload is not null) init["payload"] = payload;
        await SendAsync(init);
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", (string?)ack["type"]);
    }

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null) =>
        SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables },
        });

    /// <summary>The next message; fails if the socket closes or nothing arrives in time.</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? wait = null)
    {
        var (message, close) = await ReceiveAnyAsync(wait ?? Wait);
        Assert.True(message is not null, $"Expected a message, the socket closed: {close?.Status} {close?.Reason}");
        return message!;
    }

    /// <summary>Expects the server to close the socket (after any messages, which are returned).</summary>
    public async Task<(int Status, string? Reason, List<JsonObject> Before)> ReceiveCloseAsync(TimeSpan? wait = null)
    {
        var before = new List<JsonObject>();
        while (true)
        {
            var (message, close) = await ReceiveAnyAsync(wait ?? Wait);
            if (close is { } closed) return (closed.Status, closed.Reason, before);
            before.Add(message!);
        }
    }

    /// <summary>True when nothing arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> IsQuietAsync(TimeSpan wait)
    {
        try
        {
            var (message, close) = await ReceiveAnyAsync(wait);
            Assert.Fail($"Expected silence, got {message?.ToJsonString() ?? $"close {close?.Status}"}");
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private async Task<(JsonObject? Message, (int Status, string? Reason)? Close)> ReceiveAnyAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return (null, ((int)result.CloseStatus!.Value, result.CloseStatusDescription));
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (JsonNode.Parse(text.ToArray())!.AsObject(), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Wait);
            try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token); }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException) { }
        }
        _socket.Dispose();
    }
}
