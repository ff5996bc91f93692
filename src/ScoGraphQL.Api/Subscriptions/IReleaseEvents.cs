namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// The release change feed behind the Subscription type: in-process (<see cref="ReleaseEvents"/>) or, so that a
/// change on one replica reaches subscribers on all, through Redis (<see cref="RedisReleaseEvents"/>); chosen by
/// <c>Events:Provider</c>.
/// </summary>
public interface IReleaseEvents
{
    /// <summary>Hands the change to every current subscriber of its kind. Never waits for a subscriber.</summary>
    void Publish(ReleaseChange change);

    /// <summary>Changes of one kind from the moment of subscribing; disposing the subscription stops them.</summary>
    IObservable<ReleaseChange> Of(ReleaseChangeKind kind);
}
