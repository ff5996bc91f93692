using ScoGraphQL.Storage.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A test of several API processes over PostgreSQL and Redis, driven by the graphql-ws node client. Skipped with the
/// reason when PostgreSQL cannot be had (as the storage tests decide); a missing Redis or node skips it only off CI.
/// </summary>
public sealed class CrossReplicaFactAttribute : FactAttribute
{
    public CrossReplicaFactAttribute()
    {
        var missing = NodeClient.OnCi
            ? null
            : RedisServer.UnavailableReason ?? (NodeClient.NodePath is null ? "node is not on PATH: install Node.js 20+ for the graphql-ws client." : null);
        Skip = PostgresServer.SkipReason ?? missing;
    }
}
