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

public sealed class EdgeType<TNodeType> : ObjectGraphType<IEdge>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true);
    }
}

/// <summary>Untyped views of <see cref="Connection{T}"/>, so one graph type serves every node type.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }
    IEnumerable<object?> Nodes { get; }
    PageInfo PageInfo { get; }
    int TotalCount { get; }
}

public interface IEdge
{
    string Cursor { get; }
    object? Node { get; }
}

public static class GraphTypeNames
{
    /// <summary>"ReleaseType" → "Release": our graph types are named after the GraphQL type plus "Type".</summary>
    public static string Of<TGraphType>() where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
