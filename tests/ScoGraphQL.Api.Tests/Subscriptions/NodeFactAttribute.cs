namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A test that needs Node.js: skipped with a reason on a developer machine without node, but run (and
/// failed) on CI, where a missing node is a broken pipeline rather than a reason to skip.
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeClient.NodePath is null && !NodeClient.OnCi)
            Skip = "node is not on PATH: install Node.js 20+ to run the graphql-ws client tests (with CI=true they fail instead).";
    }
}
