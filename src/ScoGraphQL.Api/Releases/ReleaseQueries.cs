using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed class ReleaseQueries : IQueryFields, INodeResolver
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<ReleaseType>>>("releases")
            .Description("Releases, filtered and ordered in the database.")
            .PagingArguments()
            .Argument<ReleaseFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<ReleaseSortInputType>>>("order")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("mentioning", "Only releases that mention ALL of these entities.")
            .ResolveAsync(async ctx =>
            {
                var query = new ReleaseQuery(
                    FilterReader.Where(ctx, ReleaseFilterInputType.FieldMap),
                    FilterReader.Order(ctx, ReleaseSortInputType.FieldMap),
                    Mentioning(ctx))
                {
                    Parts = ReleaseSelection.PartsRead(ctx),
                    // Resolvers only read releases: the store's remembered records, not a copy of each per request.
                    ToRead = true,
                };
                var page = await ctx.Service<ICorpusStore>().QueryReleasesAsync(query, ctx.PageRequest(), ctx.CancellationToken);
                return Connections.From(page);
            });

    private static List<string>? Mentioning(IResolveFieldContext context)
    {
        var ids = context.GetArgument<List<string>?>("mentioning");
        return ids?.Select((id, i) => GlobalId.TryDecode(id, out var type, out var local) && type != ReleaseType.TypeName
                ? local
                : throw new InvalidArgumentError($"mentioning[{i}]", $"'{id}' is not the ID of an entity."))
            .ToList();
    }

    public IReadOnlyCollection<string> TypeNames { get; } = [ReleaseType.TypeName];

    public IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string typeName, string localId) =>
        context.Service<ReleaseLoaders>().ById.Load(localId).Then(r => (object?)r);
}
