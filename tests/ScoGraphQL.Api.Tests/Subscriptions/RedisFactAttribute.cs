namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A test that needs a real Redis (<see cref="RedisServer"/>), or with <paramref name="needsBinary"/> a redis-server it
/// can stop and start itself: skipped with the reason on a developer machine without one, but run (and failed) on
/// CI, where .ci/run installs redis-server and a missing one is a broken pipeline.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute(bool needsBinary = false)
    {
        if (NodeClient.OnCi) return;
        if (needsBinary && RedisServer.Binary is null) Skip = "redis-server is not on PATH: apt-get install redis-server to run this test.";
        else if (RedisServer.UnavailableReason is { } reason) Skip = reason;
    }
}
