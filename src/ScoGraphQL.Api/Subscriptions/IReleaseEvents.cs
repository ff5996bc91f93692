namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// The release change feed behind the Subscription type. In-process today (<see cref="ReleaseEvents"/>);
/// a Redis-backed implementation will follow so that a change on one replica reaches subscribers on all.
/// </summary>
public interface IReleaseEvents
{
    /// <summary>Hands the change to every current subscriber of its kind. Never waits for a subscriber.</summary>
    void Publish(ReleaseChange change);

    /// <summary>Changes of one kind from the moment of subscribing; disposing the subscription stops them.</summary>
    IObservable<ReleaseChange> Of(ReleaseChangeKind kind);
}
