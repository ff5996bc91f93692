using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Counts, for each of a set of entities, the releases it shares with every other entity, one release's entity ids at
/// a time (any release may come: only those naming one of the entities count for it). Ids are numbered once, so a
/// count costs two integers however long the ids are; what it holds grows with the distinct pairs, not the releases.
/// </summary>
internal sealed class CoMentionCounter
{
    private readonly Dictionary<string, Dictionary<int, int>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly HashSet<int> _named = [];

    public CoMentionCounter(IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds) _counts.TryAdd(id, []);
    }

    /// <summary>Counts one release, given the ids of the entities it names (repeats count once).</summary>
    public void Add(IEnumerable<string> releaseEntityIds)
    {
        _named.Clear();
        foreach (var id in releaseEntityIds) _named.Add(Number(id));
        foreach (var number in _named)
        {
            if (!_counts.TryGetValue(_ids[number], out var others)) continue;
            foreach (var other in _named)
            {
                if (other != number) others[other] = others.GetValueOrDefault(other) + 1;
            }
        }
    }

    /// <summary>The entities <paramref name="entityId"/> shares releases with, most shared first, then by id; empty when none.</summary>
    public List<CoMention> Ranked(string entityId) =>
        _counts.TryGetValue(entityId, out var others)
            ? others.Select(pair => new CoMention(_ids[pair.Key], pair.Value))
                .OrderByDescending(c => c.SharedReleases)
                .ThenBy(c => c.EntityId, StringComparer.Ordinal)
                .ToList()
            : [];

    private int Number(string id)
    {
        if (_numbers.TryGetValue(id, out var number)) return number;
        _numbers.Add(id, _ids.Count);
        _ids.Add(id);
        return _ids.Count - 1;
    }
}
