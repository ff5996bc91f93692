using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

public sealed class NodeType : InterfaceGraphType
{
    public NodeType()
    {
        Name = "Node";
        Description = "An object with a global ID, resolvable with node(id).";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
