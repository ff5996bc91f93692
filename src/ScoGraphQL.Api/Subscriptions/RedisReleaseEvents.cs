using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// The release feed shared by every replica through one Redis pub/sub channel. There is one path for every
/// change: <see cref="Publish"/> only sends it to Redis, and this replica's own subscribers get it back from its
/// Redis subscription exactly as the other replicas do, so all of them see the same changes in the same order
/// (Redis's order of the channel). Local fan-out, with its per-subscriber buffers, is the in-process
/// <see cref="ReleaseEvents"/>.
/// Delivery is at most once: a change published while a replica is cut off from Redis does not reach that
/// replica's subscribers (they refetch, as after any missed event).
/// </summary>
public sealed class RedisReleaseEvents : IReleaseEvents, IDisposable
{
    private static readonly TimeSpan SubscribeRetryDelay = TimeSpan.FromSeconds(1);
    private readonly ISubscriber _redis;
    private readonly RedisChannel _channel;
    private readonly ReleaseEvents _localSubscribers;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _disposing = new();
    private ChannelMessageQueue? _messages;

    public RedisReleaseEvents(IConnectionMultiplexer redis, ReleaseEvents localSubscribers, IOptions<EventsOptions> options, ILogger<RedisReleaseEvents> logger)
    {
        _redis = redis.GetSubscriber();
        _channel = RedisChannel.Literal(options.Value.Channel);
        _localSubscribers = localSubscribers;
        _logger = logger;
        Subscribed = SubscribeAsync(_disposing.Token);
    }

    /// <summary>
    /// Completes once the channel subscription is in place; from then on StackExchange.Redis renews it after every
    /// reconnect. Until then this replica's subscribers get nothing (readiness reports it).
    /// </summary>
    public Task Subscribed { get; }

    /// <summary>
    /// Sends the change to Redis without waiting: the write has committed, so a slow or unreachable Redis must
    /// not hold up the mutation that made it. A change Redis does not take within the connection's timeout is
    /// lost to subscribers, and logged.
    /// </summary>
    public void Publish(ReleaseChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            _redis.PublishAsync(_channel, ReleaseChangeMessage.Serialize(change)).ContinueWith(
                (sent, state) => LogLost((ReleaseChange)state!, sent.Exception!.GetBaseException()),
                change, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            LogLost(change, e);
        }
    }

    public IObservable<ReleaseChange> Of(ReleaseChangeKind kind) => _localSubscribers.Of(kind);

    public void Dispose()
    {
        if (_disposing.IsCancellationRequested) return;
        _disposing.Cancel();
        try
        {
            _messages?.Unsubscribe(CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Shutting down with Redis gone: nothing left to unsubscribe from.
        }
        _disposing.Dispose();
    }

    /// <summary>
    /// Subscribes, retrying while Redis is unreachable at start-up (a SUBSCRIBE that times out is withdrawn, so no
    /// unread queue is left behind). Messages are read one at a time, so the channel's order is the order
    /// subscribers see.
    /// </summary>
    private async Task SubscribeAsync(CancellationToken disposing)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var messages = await _redis.SubscribeAsync(_channel);
                if (disposing.IsCancellationRequested)
                {
                    await messages.UnsubscribeAsync(CommandFlags.FireAndForget);
                    return;
                }
                messages.OnMessage(Deliver);
                _messages = messages;
                if (attempt > 1) _logger.LogInformation("Subscribed to Redis channel {Channel} after {Attempts} attempts", _channel, attempt);
                return;
            }
            catch (RedisException e)
            {
                if (attempt == 1) _logger.LogWarning(e, "Could not subscribe to Redis channel {Channel}; retrying every {Delay}", _channel, SubscribeRetryDelay);
                await _redis.UnsubscribeAsync(_channel, flags: CommandFlags.FireAndForget);
            }
            await Task.Delay(SubscribeRetryDelay, disposing);
        }
    }

    private void Deliver(ChannelMessage message)
    {
        if (ReleaseChangeMessage.TryParse(((ReadOnlyMemory<byte>)message.Message).Span, out var change, out var problem))
        {
            _localSubscribers.Publish(change);
        }
        else
        {
            _logger.LogWarning("Ignored a message on Redis channel {Channel}: {Problem}", _channel, problem);
        }
    }

    private void LogLost(ReleaseChange change, Exception error) =>
        _logger.LogError(error, "Could not publish the {Kind} change of release {ReleaseId} to Redis; subscribers on every replica miss it",
            change.Kind, change.ReleaseId);
}
