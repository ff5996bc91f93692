using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: an unknown ID gives null; a malformed one gives null plus an error entry.</summary>
public sealed class NodeQueries(IEnumerable<INodeResolver> resolvers) : IQueryFields
{
    private readonly Dictionary<string, INodeResolver> _byTypeName = resolvers
        .SelectMany(r => r.TypeNames.Select(name => (name, r)))
        .ToDictionary(x => x.name, x => x.r, StringComparer.Ordinal);

    public void AddTo(QueryType query)
    {
        query.Field<NodeType>("node")
            .Description("Fetches any object by its global ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => Resolve(ctx, ctx.GetArgument<string>("id"), "id"));

        query.Field<NonNullGraphType<ListGraphType<NodeType>>>("nodes")
            .Description("Fetches several objects by global ID, in the order given; null where an ID resolves to nothing.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                    throw new InvalidArgumentError("ids", $"Argument 'ids' may hold at most {Paging.MaxPageSize} IDs; it held {ids.Count}.");
                return new AllResults(ids.Select((id, i) => Resolve(ctx, id, $"ids[{i}]")).ToList());
            });
    }

    private IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id, string argument)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var localId))
        {
            context.Errors.Add(new InvalidArgumentError(argument, $"'{id}' is not a valid ID."));
            return BatchLoaderExtensions.Completed<object?>(null);
        }
        return _byTypeName.TryGetValue(typeName, out var resolver)
            ? resolver.Resolve(context, typeName, localId)
            : BatchLoaderExtensions.Completed<object?>(null);
    }

    private sealed class AllResults(IReadOnlyList<IDataLoaderResult<object?>> parts) : IDataLoaderResult<IReadOnlyList<object?>>
    {
        public async Task<IReadOnlyList<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(parts.Count);
            foreach (var part in parts) values.Add(await part.GetResultAsync(cancellationToken));
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
