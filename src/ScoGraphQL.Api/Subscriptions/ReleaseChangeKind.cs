namespace ScoGraphQL.Api.Subscriptions;

/// <summary>What happened to a release; one subscription field per kind.</summary>
public enum ReleaseChangeKind
{
    Added,
    Updated,
    Deleted,
}
