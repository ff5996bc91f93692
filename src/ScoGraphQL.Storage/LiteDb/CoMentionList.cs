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
