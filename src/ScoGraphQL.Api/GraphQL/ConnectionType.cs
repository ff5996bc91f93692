using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// `XConnection { edges nodes pageInfo totalCount }`, named after the node type as the contract says
/// (GraphQL.NET's built-in connection names its list `items`, ours says `nodes`).
/// </summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<IConnection>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}
