namespace ScoGraphQL.Api.GraphQL;

public sealed record Edge<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.Node => Node;
}
