namespace ScoGraphQL.Storage.Querying;

/// <summary>
/// A Relay page request with cursors already decoded to positions in the ordered result
/// (<paramref name="After"/>/<paramref name="Before"/> are exclusive bounds).
/// </summary>
public sealed record PageRequest(int? First = null, int? After = null, int? Last = null, int? Before = null)
{
    public static PageRequest FirstN(int n) => new(First: n);

    /// <summary>The slice [Offset, Offset+Limit) of a result of <paramref name="totalCount"/> items (Relay's algorithm).</summary>
    public (int Offset, int Limit) Window(int totalCount)
    {
        var start = After is { } a ? Math.Min(a + 1, totalCount) : 0;
        var end = Before is { } b ? Math.Clamp(b, start, totalCount) : totalCount;
        if (First is { } first) end = Math.Min(end, start + first);
        if (Last is { } last) start = Math.Max(start, end - last);
        return (start, Math.Max(0, end - start));
    }
}
