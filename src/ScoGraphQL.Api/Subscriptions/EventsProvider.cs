namespace ScoGraphQL.Api.Subscriptions;

/// <summary>Where committed release changes travel from the writer to the subscribers (<c>Events:Provider</c>).</summary>
public enum EventsProvider
{
    /// <summary>Within this process: one server, or replicas whose clients never need each other's changes.</summary>
    InProcess,

    /// <summary>Through a Redis pub/sub channel, so a change made on any replica reaches subscribers on all of them.</summary>
    Redis,
}
