using GraphQL;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Mentions;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

// The same definitions serve the Entity interface and every object type, so they cannot drift apart;
// resolvers on the interface copy are never called, which is what GQL012 warns about.
#pragma warning disable GQL012

/// <summary>The fields every entity has, defined once for the <c>Entity</c> interface and each kind's object type.</summary>
public static class EntityFields
{
    public const int DefaultRelatedCount = 10;

    public static void AddTo(ComplexGraphType<EntityRecord> type)
    {
        // Expressions over the record rather than resolvers over the context: the query strategy resolves such leaves
        // in place instead of executing a node for each (QueryExecutionStrategy, InPlaceLeaf).
        type.Field("id", x => IdOf(x), typeof(NonNullGraphType<IdGraphType>));
        type.Field("kind", x => x.Kind, typeof(NonNullGraphType<EntityKindType>));
        type.Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("Canonical name.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Every other surface form seen in the corpus or added by curation.")
            .Resolve(ctx => ctx.Source.Aliases);
        type.Field("mentionCount", x => x.MentionCount, typeof(NonNullGraphType<IntGraphType>));

        type.Field<NonNullGraphType<ConnectionType<MentionType>>>("mentions")
            .PagingArguments(backward: false)
            .Resolve(ctx =>
            {
                var page = ctx.PageRequest();
                return ctx.Service<EntityLoaders>().MentionsByEntity.Load(ctx.Source.Id)
                    .Then(mentions => (IConnection)Connections.From(mentions ?? [], page));
            });

        type.Field<NonNullGraphType<ConnectionType<ReleaseType>>>("releases")
            .Description("Releases that mention this entity.")
            .PagingArguments(backward: false)
            .Resolve(ctx =>
            {
                var page = ctx.PageRequest();
                var releases = ctx.Service<ReleaseLoaders>().ById;
                // The store cuts the page: a person named in every release reads ten ids, not all of them.
                return ctx.Service<EntityLoaders>().ReleaseIdsByEntity.Load((ctx.Source.Id, page))
                    .Then(ids =>
                    {
                        var window = ids ?? new Page<string>([], 0, 0);
                        return releases.LoadMany(window.Items)
                            .Then(items => (IConnection)Connections.From(new Page<ReleaseRecord>(items, window.Offset, window.TotalCount)));
                    });
            });

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedEntityType>>>>("related")
            .Description("Entities that appear in the same releases, most shared first.")
            .Argument<IntGraphType>("first", $"How many (default {DefaultRelatedCount}, at most {Paging.MaxPageSize}).")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only these kinds.")
            .Resolve(ctx =>
            {
                var first = ctx.GetArgument<int?>("first") ?? DefaultRelatedCount;
                if (first is < 0 or > Paging.MaxPageSize)
                    throw new InvalidArgumentError("first", $"Argument 'first' must be between 0 and {Paging.MaxPageSize}; it was {first}.");
                var kinds = ctx.GetArgument<List<EntityKind>?>("kinds");
                var entities = ctx.Service<EntityLoaders>().ById;
                return ctx.Service<EntityLoaders>().CoMentions.Load(ctx.Source.Id)
                    .Then(coMentions =>
                    {
                        var ranked = (coMentions ?? [])
                            .Where(c => kinds is not { Count: > 0 } || kinds.Contains(EntityKeys.KindOf(c.EntityId)))
                            .Take(first)
                            .ToList();
                        return entities.LoadMany(ranked.Select(c => c.EntityId))
                            .Then(found => found.Join(ranked, e => e.Id, c => c.EntityId, (e, c) => new RelatedEntity(e, c.SharedReleases)).ToList());
                    });
            });
    }

    public static string IdOf(EntityRecord entity) => GlobalId.Encode(EntityTypeNames.Of(entity.Kind), entity.Id);
}
