using GraphQL;
using GraphQL.DataLoader;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>Resolves the global IDs of the types a feature owns; <c>node</c>/<c>nodes</c> dispatch on the ID's type name.</summary>
public interface INodeResolver
{
    IReadOnlyCollection<string> TypeNames { get; }

    IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string typeName, string localId);
}
