namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// A 32-bit FNV-1a hash of an entity id, stored in the per-release documents and indexed instead of the ids: LiteDB
/// compares string keys with the database's culture collation (ICU), which was most of the cost of indexing a
/// release, while integers compare in a few instructions. A lookup matches the hash, then the id exactly, so a
/// collision only costs a document read. Stored in databases: never change it.
/// </summary>
internal static class EntityKeyHash
{
    public static int Of(string entityId)
    {
        var hash = 2166136261u;
        foreach (var c in entityId) hash = (hash ^ c) * 16777619u;
        return unchecked((int)hash);
    }

    /// <summary>The distinct hashes of <paramref name="entityIds"/>, as stored.</summary>
    public static List<int> Of(IEnumerable<string> entityIds) => [.. entityIds.Select(Of).Distinct()];
}
