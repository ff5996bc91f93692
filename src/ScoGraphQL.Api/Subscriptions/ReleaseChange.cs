namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// A committed change to one release. It carries the id only, not the record: subscribers load the current
/// record when they resolve the event, so a subscriber never sees a stale or later-mutated copy, and the event
/// stays small enough to cross a process boundary when a Redis-backed bus replaces the in-process one.
/// </summary>
public sealed record ReleaseChange(ReleaseChangeKind Kind, string ReleaseId);
