using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// Folds several descriptions of one entity (one per release, in release order) into one: the most frequent
/// name wins, every other surface form becomes an alias, and facts are taken from the first description
/// that states them. Deterministic, so re-seeding yields the same entity.
/// </summary>
public static class EntityMerger
{
    public static EntityRecord Merge(string id, IReadOnlyList<EntityRecord> descriptions)
    {
        if (descriptions.Count == 0) throw new ArgumentException("An entity needs at least one description.", nameof(descriptions));
        var fold = new EntityFold(id);
        for (var i = 0; i < descriptions.Count; i++) fold.Add(descriptions[i], referenced: false, releaseId: "", sequence: i);
        return fold.ToEntity();
    }
}
