using StackExchange.Redis;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// The one Redis connection of a replica. It never stops the server from starting: while Redis is unreachable
/// StackExchange.Redis keeps retrying in the background (and re-subscribes once back), /readyz reports it, and
/// every drop and recovery is logged.
/// </summary>
public static class RedisConnection
{
    /// <summary>Why <paramref name="connectionString"/> cannot be used, or null when it can.</summary>
    public static string? ProblemWith(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count == 0 ? "it names no server (host:port)." : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public static ConnectionMultiplexer Connect(string connectionString, ILogger logger)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // A replica whose Redis is down still serves queries and its own writes; it must not crash-loop.
        options.AbortOnConnectFail = false;
        var redis = ConnectionMultiplexer.Connect(options);
        // One line per event: StackExchange.Redis's exceptions here are pages of connection diagnostics, kept for Debug.
        redis.ConnectionFailed += (_, e) =>
        {
            logger.LogWarning("Lost the Redis {ConnectionType} connection to {Endpoint} ({FailureType}); changes from other replicas are missed until it is back",
                e.ConnectionType, e.EndPoint, e.FailureType);
            logger.LogDebug(e.Exception, "Redis connection failure detail");
        };
        redis.ConnectionRestored += (_, e) => logger.LogInformation("Redis {ConnectionType} connection to {Endpoint} restored", e.ConnectionType, e.EndPoint);
        if (redis.IsConnected) logger.LogInformation("Connected to Redis at {Endpoints}", Endpoints(redis));
        else logger.LogWarning("Redis at {Endpoints} is not reachable; retrying in the background", Endpoints(redis));
        return redis;
    }

    public static string Endpoints(IConnectionMultiplexer redis) => string.Join(", ", redis.GetEndPoints().Select(e => e.ToString()));
}
