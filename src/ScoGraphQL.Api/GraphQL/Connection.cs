using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>A Relay connection ready to serialise: edges with opaque cursors, page info and the total.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount) : IConnection
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable<object?> IConnection.Nodes => Nodes.Cast<object?>();

    public static Connection<T> From(Page<T> page)
    {
        var edges = page.Items.Select((item, i) => new Edge<T>(Cursor.Encode(page.Offset + i), item)).ToList();
        return new Connection<T>(
            edges,
            new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            page.TotalCount);
    }

    /// <summary>Pages an in-memory list (children already loaded in one batch).</summary>
    public static Connection<T> From(IReadOnlyList<T> all, PageRequest request)
    {
        var (offset, limit) = request.Window(all.Count);
        return From(new Page<T>(all.Skip(offset).Take(limit).ToList(), offset, all.Count));
    }
}
