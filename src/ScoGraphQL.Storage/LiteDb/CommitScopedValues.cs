using System.Collections.Concurrent;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Values worked out from the database (a total, an ordered list of ids), remembered by key until the next commit.
/// The caller reads the commit count before computing, so a value computed while a commit lands is never reused
/// after it: nothing stale is ever served.
/// </summary>
internal sealed class CommitScopedValues<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, (long Commits, T Value)> _values = new(StringComparer.Ordinal);

    public T GetOrCompute(long commits, string key, Func<T> compute)
    {
        if (_values.TryGetValue(key, out var known) && known.Commits == commits) return known.Value;
        var value = compute();
        // Past the capacity everything starts again from none: simpler than eviction, and a commit empties it anyway.
        if (_values.Count >= capacity) _values.Clear();
        _values[key] = (commits, value);
        return value;
    }
}
