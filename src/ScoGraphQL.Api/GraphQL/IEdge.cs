namespace ScoGraphQL.Api.GraphQL;

public interface IEdge
{
    string Cursor { get; }
    object? Node { get; }
}
