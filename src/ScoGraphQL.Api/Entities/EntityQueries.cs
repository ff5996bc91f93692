using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Api.People;
using ScoGraphQL.Api.Organizations;
using ScoGraphQL.Api.Countries;
using ScoGraphQL.Api.Places;
using ScoGraphQL.Api.Events;
using ScoGraphQL.Api.Documents;
using ScoGraphQL.Api.Topics;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

/// <summary>Root lists of entities (<c>entities</c>, <c>people</c>, …) and global-ID resolution for every kind.</summary>
public sealed class EntityQueries : IQueryFields, INodeResolver
{
    public void AddTo(QueryType query)
    {
        query.Field<NonNullGraphType<ConnectionType<EntityType>>>("entities")
            .Description("Entities of any kind, or of the given kinds.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds")
            .PagingArguments(backward: false)
            .Argument<EntityFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<EntitySortInputType>>>("order")
            .ResolveAsync(async ctx => await QueryAsync(ctx, ctx.GetArgument<List<EntityKind>?>("kinds"), EntityFilterInputType.FieldMap, EntitySortInputType.FieldMap));

        AddKind<PersonType>(query, "people", EntityKind.Person);
        AddKind<OrganizationType>(query, "organizations", EntityKind.Organization);
        AddKind<CountryType>(query, "countries", EntityKind.Country);
        AddKind<PlaceType>(query, "places", EntityKind.Place);
        AddKind<DocumentType>(query, "documents", EntityKind.Document);
        AddKind<TopicType>(query, "topics", EntityKind.Topic);

        query.Field<NonNullGraphType<ConnectionType<EventType>>>("events")
            .PagingArguments(backward: false)
            .Argument<EventFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<EventSortInputType>>>("order")
            .ResolveAsync(async ctx => await QueryAsync(ctx, [EntityKind.Event], EventFilterInputType.FieldMap, EventSortInputType.FieldMap));
    }

    private static void AddKind<TNodeType>(QueryType query, string name, EntityKind kind) where TNodeType : IGraphType =>
        query.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name)
            .PagingArguments(backward: false)
            .Argument<EntityFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<EntitySortInputType>>>("order")
            .ResolveAsync(async ctx => await QueryAsync(ctx, [kind], EntityFilterInputType.FieldMap, EntitySortInputType.FieldMap));

    private static async Task<object?> QueryAsync(
        IResolveFieldContext context, IReadOnlyList<EntityKind>? kinds,
        IReadOnlyDictionary<string, string> filterFields, IReadOnlyDictionary<string, string> sortFields)
    {
        var query = new EntityQuery(kinds, FilterReader.Where(context, filterFields), FilterReader.Order(context, sortFields));
        var page = await context.Service<ICorpusStore>().QueryEntitiesAsync(query, context.PageRequest(), context.CancellationToken);
        return Connections.From(page);
    }

    public IReadOnlyCollection<string> TypeNames => EntityTypeNames.Kinds.Keys.ToList();

    public IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string typeName, string localId)
    {
        var kind = EntityTypeNames.Kinds[typeName];
        return context.Service<EntityLoaders>().ById.Load(localId).Then(e => (object?)(e?.Kind == kind ? e : null));
    }
}
