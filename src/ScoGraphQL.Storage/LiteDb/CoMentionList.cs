using LiteDB;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// The co-mentions of one entity as the store keeps them: entity ids and shared-release counts in two parallel
/// arrays, most shared first, at most <see cref="MaxPerKind"/> of each kind.
/// </summary>
internal static class CoMentionList
{
    /// <summary>
    /// At least the largest page a client may ask for (the API's 500): whatever kinds a client filters on, the
    /// first 500 of them are all among the kept ones, so the answer is the same as counting from every release.
    /// </summary>
    public const int MaxPerKind = 500;

    /// <summary>
    /// For each of <paramref name="entityIds"/>, the other entities named in the releases that name it, with how many
    /// such releases, most first; one pass over the entity-id lists of releases (any release may come: only those
    /// naming one of the entities count for it). Every entity gets a list, empty when no release names it.
    /// </summary>
    public static Dictionary<string, List<CoMention>> RankEach(IReadOnlyCollection<string> entityIds, IEnumerable<BsonArray> releaseEntityIds)
    {
        var counter = new CoMentionCounter(entityIds);
        var named = new List<string>();
        foreach (var release in releaseEntityIds)
        {
            named.Clear();
            foreach (var value in release) named.Add(value.AsString);
            counter.Add(named);
        }
        return entityIds.Distinct().ToDictionary(id => id, counter.Ranked, StringComparer.Ordinal);
    }

    public static BsonDocument ToDocument(string entityId, IEnumerable<CoMention> ranked)
    {
        var kept = ranked
            .GroupBy(c => EntityKeys.KindOf(c.EntityId))
            .SelectMany(kind => kind.Take(MaxPerKind)) // each group keeps the ranking's order
            .OrderByDescending(c => c.SharedReleases)
            .ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();
        return new BsonDocument
        {
            ["_id"] = entityId,
            ["e"] = new BsonArray(kept.Select(c => new BsonValue(c.EntityId))),
            ["n"] = new BsonArray(kept.Select(c => new BsonValue(c.SharedReleases))),
        };
    }

    public static List<CoMention> FromDocument(BsonDocument document) =>
        document["e"].AsArray.Zip(document["n"].AsArray, (id, count) => new CoMention(id.AsString, count.AsInt32)).ToList();
}
