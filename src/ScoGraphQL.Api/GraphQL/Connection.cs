using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// A Relay connection ready to serialise: edges with opaque cursors, page info and the total. Edges and their cursors
/// are made only when a selection asks for them: most pages select <c>nodes</c>, and a cursor per item (a string and
/// a base64 encoding each) was most of the cost of building the connection.
/// </summary>
public sealed class Connection<T> : IConnection
{
    private readonly Page<T> _page;
    private IReadOnlyList<Edge<T>>? _edges;

    private Connection(Page<T> page) => _page = page;

    public IReadOnlyList<T> Nodes => _page.Items;

    public IReadOnlyList<Edge<T>> Edges => _edges ??= CreateEdges();

    public PageInfo PageInfo => new(_page.HasNextPage, _page.HasPreviousPage, CursorAt(0), CursorAt(_page.Items.Count - 1));

    public int TotalCount => _page.TotalCount;

    IEnumerable<IEdge> IConnection.Edges => Edges;

    // A list of a reference type already is a list of objects (covariance); only value types need boxing.
    IEnumerable<object?> IConnection.Nodes => _page.Items as IEnumerable<object?> ?? _page.Items.Cast<object?>().ToList();

    public static Connection<T> From(Page<T> page) => new(page);

    /// <summary>Pages an in-memory list (children already loaded in one batch).</summary>
    public static Connection<T> From(IReadOnlyList<T> all, PageRequest request)
    {
        var (offset, limit) = request.Window(all.Count);
        var items = offset == 0 && limit >= all.Count ? all : all.Skip(offset).Take(limit).ToList();
        return From(new Page<T>(items, offset, all.Count));
    }

    private List<Edge<T>> CreateEdges()
    {
        var edges = new List<Edge<T>>(_page.Items.Count);
        for (var i = 0; i < _page.Items.Count; i++) edges.Add(new Edge<T>(Cursor.Encode(_page.Offset + i), _page.Items[i]));
        return edges;
    }

    private string? CursorAt(int index) => index >= 0 && index < _page.Items.Count ? Cursor.Encode(_page.Offset + index) : null;
}
