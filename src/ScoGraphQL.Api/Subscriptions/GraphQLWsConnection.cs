using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;

using ScoGraphQL.Api.Http;
using ScoGraphQL.Api.Limits;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// One socket speaking graphql-transport-ws (the protocol of the graphql-ws library, PROTOCOL.md there).
/// One loop reads messages in order; every operation runs as its own task; everything sent goes through one
/// bounded queue drained by one writer, because a WebSocket allows one send at a time and a client that stops
/// reading must not make the server buffer without limit (it is disconnected instead).
/// </summary>
internal sealed class GraphQLWsConnection
{
    // Close codes from the protocol; the 1xxx ones are the WebSocket standard's.
    private const int BadRequest = 4400;
    private const int Unauthorized = 4401;
    private const int Forbidden = 4403;
    private const int SubprotocolNotAcceptable = 4406;
    private const int ConnectionInitialisationTimeout = 4408;
    private const int SubscriberAlreadyExists = 4409;
    private const int TooManyInitialisationRequests = 4429;
    private const int InternalServerError = 4500;

    /// <summary>How long to wait for the client's close frame after ours before dropping the socket.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private readonly GraphQLWebSocketEndpoint _endpoint;
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly ILogger _logger;
    private readonly Channel<Outgoing> _outgoing;
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime;
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user = new(); // set before the acknowledgement; operations only start after it
    private volatile bool _closing;

    public GraphQLWsConnection(GraphQLWebSocketEndpoint endpoint, WebSocket socket, HttpContext http)
    {
        _endpoint = endpoint;
        _socket = socket;
        _http = http;
        _logger = endpoint.Logger;
        _outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(endpoint.Options.SendQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full, which is what Enqueue checks
        });
        _lifetime = new CancellationTokenSource(Timeout.InfiniteTimeSpan, endpoint.Time);
    }

    public async Task RunAsync(bool acceptable, CancellationToken aborted)
    {
        var onAbort = aborted.Register(() => _lifetime.Cancel());
        // Say goodbye instead of being cut off when the host stops (a client reconnects on 1001).
        var onShutdown = _endpoint.ShuttingDown.Register(() => Close((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        var writer = Task.Run(WriteLoopAsync);
        try
        {
            if (!acceptable)
            {
                Close(SubprotocolNotAcceptable, "Subprotocol not acceptable");
            }
            else
            {
                _ = CloseUnlessInitialisedAsync();
            }
            await ReceiveLoopAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            _logger.LogDebug("WebSocket connection ended: {Reason}", e.Message);
        }
        finally
        {
            _closing = true;
            foreach (var operation in _operations.Values) operation.Stop();
            _outgoing.Writer.TryComplete();
            await Task.WhenAll(_operations.Values.Select(o => o.Running).Append(writer));
            await onAbort.DisposeAsync();
            await onShutdown.DisposeAsync();
            _lifetime.Cancel(); // releases the init timer
            _lifetime.Dispose();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_endpoint.Options.ConnectionInitTimeout, _endpoint.Time, _lifetime.Token);
            if (Volatile.Read(ref _initReceived) == 0) Close(ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // the connection ended first
        }
        catch (ObjectDisposedException)
        {
            // the connection ended first
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var chunk = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            message.SetLength(0);
            ValueWebSocketReceiveResult received;
            var tooLarge = false;
            do
            {
                received = await _socket.ReceiveAsync(chunk.AsMemory(), _lifetime.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // The client closed (or answered our close): answer unless we already sent ours.
                    Close((int)WebSocketCloseStatus.NormalClosure, "");
                    return;
                }
                if (message.Length + received.Count > _endpoint.Options.MaxMessageBytes) tooLarge = true;
                else message.Write(chunk, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (_closing) continue; // after our close frame, only the client's close matters
            if (tooLarge)
                Close((int)WebSocketCloseStatus.MessageTooBig, $"Message larger than {_endpoint.Options.MaxMessageBytes} bytes");
            else if (received.MessageType != WebSocketMessageType.Text)
                Close(BadRequest, "Binary messages are not supported; send JSON text");
            else
                Handle(message.GetBuffer().AsMemory(0, (int)message.Length));
        }
    }

    private void Handle(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            Close(BadRequest, "Invalid message: not JSON");
            return;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object)
            {
                Close(BadRequest, "Invalid message: expected a JSON object");
                return;
            }
            if (!message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                Close(BadRequest, "Invalid message: 'type' must be a string");
                return;
            }
            JsonElement? payload = message.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
            switch (typeElement.GetString())
            {
                case "connection_init":
                    OnConnectionInit(payload);
                    break;
                case "ping":
                    Enqueue("""{"type":"pong"}""");
                    break;
                case "pong":
                    break; // an answer to nothing we sent, or a unidirectional heartbeat: both fine
                case "subscribe":
                    OnSubscribe(message, payload);
                    break;
                case "complete":
                    if (Id(message) is { } id && _operations.TryGetValue(id, out var operation)) operation.Stop();
                    break;
                case var type:
                    Close(BadRequest, $"Invalid message: unexpected type '{type}'");
                    break;
            }
        }
    }

    private void OnConnectionInit(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) != 0)
        {
            Close(TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            Close(BadRequest, "Invalid message: the connection_init payload must be an object");
            return;
        }
        if (_endpoint.Authenticator.Authenticate(payload, _http.User) is not { } user)
        {
            Close(Forbidden, "Forbidden");
            return;
        }
        _user = user;
        _acknowledged = true;
        Enqueue("""{"type":"connection_ack"}""");
    }

    private void OnSubscribe(JsonElement message, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            Close(Unauthorized, "Unauthorized");
            return;
        }
        if (Id(message) is not { } id) return;
        if (payload is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            Close(BadRequest, "Invalid message: a subscribe payload needs a 'query' string");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = _endpoint.Serializer.Deserialize<GraphQLRequest>(body.GetRawText());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            Close(BadRequest, "Invalid message: " + e.Message);
            return;
        }
        if (_operations.ContainsKey(id))
        {
            Close(SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (_operations.Count >= _endpoint.Options.MaxOperationsPerConnection)
        {
            // Not a protocol violation, so the socket and its other operations stay; only this one is refused.
            Enqueue(Serialize("error", id, new[] { new ExecutionError(
                $"This connection already runs {_endpoint.Options.MaxOperationsPerConnection} operations; complete one before starting another.") }));
            return;
        }
        var operation = new Operation(this, id);
        _operations[id] = operation; // only this loop adds, so the checks above still hold
        operation.Running = Task.Run(() => RunOperationAsync(operation, request!));
    }

    /// <summary>The message's operation id, or null after closing the socket because it has none.</summary>
    private string? Id(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value)
            return value;
        Close(BadRequest, "Invalid message: 'id' must be a non-empty string");
        return null;
    }

    private async Task RunOperationAsync(Operation operation, GraphQLRequest request)
    {
        try
        {
            // The operation's own scope; each subscription event gets a further one (ScopedEventSubscriptionStrategy).
            await using var scope = _endpoint.Scopes.CreateAsyncScope();
            var result = await _endpoint.Executer.ExecuteAsync(
                GraphQLExecution.Options(_endpoint.Schema, request, scope.ServiceProvider, _user, new OperationCost(), operation.Stopping));

            if (!result.Executed)
            {
                operation.SendFinal("error", result.Errors ?? [new ExecutionError("The operation could not be executed.")]);
                return;
            }
            if (result.Streams is not { Count: > 0 } streams)
            {
                operation.SendNext(result);
                operation.SendFinal("complete", null);
                return;
            }
            using (streams.Values.First().Subscribe(operation))
            {
                await operation.Ended;
            }
        }
        catch (OperationCanceledException) when (operation.Stopping.IsCancellationRequested)
        {
            // completed by the client or the connection closed: nothing more to say
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Operation {OperationId} failed", operation.Id);
            operation.SendFinal("error", new[] { new ExecutionError("The operation failed on the server.") });
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));
            operation.Dispose();
        }
    }

    private void Enqueue(string json) => Enqueue(new Outgoing(Encoding.UTF8.GetBytes(json), null, null));

    private void Enqueue(Outgoing item)
    {
        if (_outgoing.Writer.TryWrite(item) || _closing) return;
        // The queue is full: the client is not reading. Dropping messages would break the protocol silently,
        // so the connection is dropped instead (cancelling a pending send aborts the socket).
        _logger.LogWarning("Closing a WebSocket whose client is {Count} messages behind", _endpoint.Options.SendQueueCapacity);
        _closing = true;
        _outgoing.Writer.TryComplete();
        try { _lifetime.Cancel(); } catch (ObjectDisposedException) { }
    }

    /// <summary>Sends a close frame after what is already queued; later messages are dropped.</summary>
    private void Close(int code, string reason)
    {
        if (_closing) return;
        _closing = true;
        if (code != (int)WebSocketCloseStatus.NormalClosure) _logger.LogDebug("Closing WebSocket: {Code} {Reason}", code, reason);
        // A close reason is limited to 123 bytes of UTF-8.
        while (Encoding.UTF8.GetByteCount(reason) > 123) reason = reason[..^1];
        _outgoing.Writer.TryWrite(new Outgoing(null, (WebSocketCloseStatus)code, reason));
        _outgoing.Writer.TryComplete();
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var item in _outgoing.Reader.ReadAllAsync(_lifetime.Token))
            {
                if (item.CloseStatus is { } status)
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await _socket.CloseOutputAsync(status, item.CloseReason, _lifetime.Token);
                    // Give the client a moment to answer with its close frame, then stop reading regardless.
                    _lifetime.CancelAfter(CloseGrace);
                    return;
                }
                await _socket.SendAsync(item.Text, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            _logger.LogDebug("WebSocket writer stopped: {Reason}", e.Message);
            try { _lifetime.Cancel(); } catch (ObjectDisposedException) { }
        }
    }

    private string Serialize(string type, string id, object? payload) =>
        _endpoint.Serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload });

    private readonly record struct Outgoing(ReadOnlyMemory<byte> Text, WebSocketCloseStatus? CloseStatus, string? CloseReason);

    /// <summary>
    /// One subscribe..complete exchange. It observes its result stream; once it has ended (the client's
    /// complete, the server's complete or error, or the socket closing) it sends nothing more.
    /// </summary>
    private sealed class Operation(GraphQLWsConnection connection, string id) : IObserver<ExecutionResult>, IDisposable
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _stopping = CancellationTokenSource.CreateLinkedTokenSource(connection._lifetime.Token);
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _done;

        public string Id => id;

        public Task Running { get; set; } = Task.CompletedTask;

        public CancellationToken Stopping => _stopping.Token;

        public Task Ended => _ended.Task;

        public void SendNext(ExecutionResult result)
        {
            var json = connection.Serialize("next", id, result);
            lock (_gate)
            {
                if (!_done) connection.Enqueue(json);
            }
        }

        /// <summary>Sends <c>complete</c> or <c>error</c>, which both end the operation.</summary>
        public void SendFinal(string type, object? payload)
        {
            var json = connection.Serialize(type, id, payload);
            lock (_gate)
            {
                if (_done) return;
                _done = true;
                connection.Enqueue(json);
            }
            _ended.TrySetResult();
        }

        /// <summary>Ends the operation without a word (the client completed it, or the socket is closing).</summary>
        public void Stop()
        {
            lock (_gate) _done = true;
            try { _stopping.Cancel(); } catch (ObjectDisposedException) { }
            _ended.TrySetResult();
        }

        public void OnNext(ExecutionResult value) => SendNext(value);

        public void OnError(Exception error)
        {
            // The stream failed after it started: report it as a result with errors, then end the operation.
            var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.");
            SendNext(new ExecutionResult { Errors = [executionError] });
            SendFinal("complete", null);
        }

        public void OnCompleted() => SendFinal("complete", null);

        public void Dispose() => _stopping.Dispose();
    }
}
