using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Entities;

/// <summary>Entity global IDs: "{Kind type name}:{entity key}", the key starting with the same kind.</summary>
public static class EntityIds
{
    public static bool TryDecode(string? id, out EntityKind kind, out string key)
    {
        kind = default;
        if (!GlobalId.TryDecode(id, out var type, out key) || !EntityTypeNames.Kinds.TryGetValue(type, out kind)) return false;
        return key.StartsWith(kind.ToString().ToLowerInvariant() + ":", StringComparison.Ordinal);
    }

    /// <summary>The key of an ID the input validator has accepted.</summary>
    public static string Decode(string id) =>
        TryDecode(id, out _, out var key) ? key : throw new ArgumentException($"'{id}' is not an entity ID.", nameof(id));
}
