using GraphQL;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Releases;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// The root Subscription type. Each field streams the bus's changes of one kind; the event is the field's
/// source, and the release is loaded when the event is resolved (in that event's own DI scope, see
/// <see cref="ScopedEventSubscriptionStrategy"/>), so every event shows the release as stored right then.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IReleaseEvents events)
    {
        Name = "Subscription";
        Description = "Changes to the corpus as they are committed (graphql-transport-ws over WebSocket at /graphql).";

        Field<NonNullGraphType<ReleaseType>>("releaseAdded")
            .Description("A release stored for the first time.")
            .ResolveStream(_ => events.Of(ReleaseChangeKind.Added))
            .Resolve(LoadRelease);
        Field<NonNullGraphType<ReleaseType>>("releaseUpdated")
            .Description("A stored release replaced by a new version (new text or a new extraction).")
            .ResolveStream(_ => events.Of(ReleaseChangeKind.Updated))
            .Resolve(LoadRelease);
        Field<NonNullGraphType<IdGraphType>>("releaseDeleted")
            .Description("The ID of a release that was deleted.")
            .ResolveStream(_ => events.Of(ReleaseChangeKind.Deleted))
            .Resolve(ctx => GlobalId.Encode(ReleaseType.TypeName, Change(ctx).ReleaseId));
    }

    /// <summary>Null (a field error on the non-null field) only when the release was deleted before its event was resolved.</summary>
    private static object LoadRelease(IResolveFieldContext context) =>
        context.Service<ReleaseLoaders>().ById.Load(Change(context).ReleaseId);

    private static ReleaseChange Change(IResolveFieldContext context) =>
        context.Source as ReleaseChange ?? throw new InvalidOperationException("A subscription event must be a ReleaseChange.");
}
