using System.Buffers.Text;
using System.Globalization;
using System.Text;
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

public static class Connections
{
    public static Connection<T> From<T>(Page<T> page) => Connection<T>.From(page);

    public static Connection<T> From<T>(IReadOnlyList<T> all, PageRequest request) => Connection<T>.From(all, request);
}

public sealed record Edge<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.Node => Node;
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Cursors are positions in the ordered result, opaque to clients; valid while the data does not change.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string Encode(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int position)
    {
        position = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
