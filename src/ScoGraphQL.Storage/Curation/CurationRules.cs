using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Curation;

/// <summary>
/// Applies curation rules on the store's write path: merge rules re-key what a release contributes before it
/// is stored, rename and alias rules override what <see cref="EntityMerger"/> derives. Because every write goes
/// through here, a merged entity cannot come back when its release is re-extracted or re-seeded.
/// </summary>
public static class CurationRules
{
    /// <summary>Longer chains than this can only come from a cycle (merges are created between live entities).</summary>
    private const int MaxChain = 64;

    /// <summary>The key <paramref name="key"/> is stored under: the end of its chain of merges.</summary>
    public static string Resolve(IReadOnlyDictionary<string, string> merges, string key)
    {
        var current = key;
        for (var i = 0; i < MaxChain && merges.TryGetValue(current, out var next); i++)
        {
            if (next == key) return key; // a cycle: keep the key rather than loop or pick an arbitrary member
            current = next;
        }
        return current;
    }

    /// <summary>
    /// <paramref name="records"/> with every entity key mapped through <paramref name="merges"/>: facts that now
    /// share a key are folded into one (as the extractor's own duplicates are), mentions and roles follow.
    /// Changes the records given: callers pass records they just built or loaded.
    /// </summary>
    public static ExtractionRecords Rekey(ExtractionRecords records, IReadOnlyDictionary<string, string> merges)
    {
        if (merges.Count == 0) return records;
        string Map(string key) => Resolve(merges, key);
        string? MapOptional(string? key) => key is null ? null : Map(key);

        var facts = records.Facts
            .GroupBy(f => (f.ReleaseId, EntityId: Map(f.EntityId)))
            .Select(g =>
            {
                var descriptions = g.Select(f => Rekeyed(f.Entity, g.Key.EntityId, Map)).ToList();
                return new EntityFactRecord
                {
                    Id = $"{g.Key.ReleaseId}|{g.Key.EntityId}",
                    ReleaseId = g.Key.ReleaseId,
                    EntityId = g.Key.EntityId,
                    Referenced = g.All(f => f.Referenced),
                    Entity = descriptions.Count == 1 ? descriptions[0] : EntityMerger.Merge(g.Key.EntityId, descriptions),
                };
            })
            .ToList();
        // Mentions and roles are re-keyed in place (fresh copies, as the descriptions); Id 0 lets LiteDB number them anew.
        foreach (var mention in records.Mentions)
        {
            mention.Id = 0;
            mention.EntityId = Map(mention.EntityId);
        }
        foreach (var role in records.Roles)
        {
            role.Id = 0;
            role.PersonId = Map(role.PersonId);
            role.OrganizationId = MapOptional(role.OrganizationId);
            role.CountryId = MapOptional(role.CountryId);
        }
        var roles = records.Roles.DistinctBy(r => (r.PersonId, r.Title)).ToList();
        return new ExtractionRecords(facts, records.Mentions, roles);
    }

    /// <summary>Overrides the derived name and aliases with the curator's; the entity then counts as curated.</summary>
    public static void Apply(CurationRuleRecord rule, EntityRecord entity)
    {
        if (rule.Name is null && rule.Aliases is null) return;
        var derivedNames = entity.Aliases.Prepend(entity.Name);
        var name = rule.Name ?? entity.Name;
        // A renamed entity keeps its extracted name as an alias, so searches by the old name still find it.
        entity.Aliases = (rule.Aliases ?? derivedNames)
            .Where(a => !string.IsNullOrWhiteSpace(a) && !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        entity.Name = name;
        entity.Curated = true;
    }

    /// <summary>Re-keys in place: descriptions are fresh copies (just extracted or just loaded) owned by the caller.</summary>
    private static EntityRecord Rekeyed(EntityRecord description, string id, Func<string, string> map)
    {
        string? Other(string? key) => key is null || map(key) == id ? null : map(key);
        List<string> Others(IEnumerable<string> keys) => keys.Select(map).Where(k => k != id).Distinct(StringComparer.Ordinal).ToList();
        description.Id = id;
        description.ParentId = Other(description.ParentId);
        description.CountryId = Other(description.CountryId);
        description.PlaceId = Other(description.PlaceId);
        description.AdoptedAtId = Other(description.AdoptedAtId);
        description.ParticipantIds = Others(description.ParticipantIds);
        description.DocumentIds = Others(description.DocumentIds);
        return description;
    }
}
