using ScoGraphQL.Api.Operations;
using StackExchange.Redis;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// With the Redis feed: not ready while Redis is unreachable or the channel not yet subscribed, since this
/// replica's subscribers would miss every change meanwhile.
/// </summary>
public sealed class RedisReadinessCheck(IConnectionMultiplexer redis, RedisReleaseEvents events) : IReadinessCheck
{
    public string Name => "events";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(
        !redis.IsConnected ? ReadinessResult.No($"Redis at {RedisConnection.Endpoints(redis)} is not connected; subscribers here miss changes until it is")
        : !events.Subscribed.IsCompletedSuccessfully ? ReadinessResult.No("not yet subscribed to the Redis channel")
        : ReadinessResult.Yes);
}
