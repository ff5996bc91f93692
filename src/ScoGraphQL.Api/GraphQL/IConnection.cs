namespace ScoGraphQL.Api.GraphQL;

/// <summary>Untyped views of <see cref="Connection{T}"/>, so one graph type serves every node type.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }
    IEnumerable<object?> Nodes { get; }
    PageInfo PageInfo { get; }
    int TotalCount { get; }
}
