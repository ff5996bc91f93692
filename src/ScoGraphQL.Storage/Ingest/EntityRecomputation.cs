using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// What an entity becomes after its releases changed, from what a store has read for it: its facts, its mentions,
/// its roles, the stored version and its curation rule. Provider-neutral, so every store derives the same entity.
/// </summary>
public static class EntityRecomputation
{
    /// <summary>The entity to store, or null when it must be removed (merged away, or no release supports it and no curator kept it).</summary>
    public static EntityRecord? Recompute(
        string entityId,
        CurationRuleRecord? rule,
        IEnumerable<EntityFactRecord> facts,
        EntityRecord? existing,
        int mentionCount,
        IEnumerable<RoleRecord> roles)
    {
        if (rule?.MergedInto is not null) return null; // merged away, even if it was curated before
        var ordered = facts.OrderBy(f => f.Referenced).ThenBy(f => f.ReleaseId, StringComparer.Ordinal).ToList();
        EntityRecord entity;
        if (ordered.Count == 0)
        {
            if (existing is not { Curated: true }) return null;
            entity = existing;
            entity.MentionCount = 0;
            entity.ReleaseCount = 0;
        }
        else
        {
            entity = EntityMerger.Merge(entityId, ordered.Select(f => f.Entity).ToList());
            entity.MentionCount = mentionCount;
            entity.ReleaseCount = ordered.Count(f => !f.Referenced);
            entity.Curated = existing?.Curated ?? false;
        }
        if (rule is not null) CurationRules.Apply(rule, entity);
        if (entity.Kind == EntityKind.Person) entity.Titles = DistinctTitles(roles);
        return entity;
    }

    /// <summary>
    /// A title restated by every release would repeat thousands of times on a person page: each distinct title is
    /// kept once, with the first release that states it.
    /// </summary>
    public static List<RoleRecord> DistinctTitles(IEnumerable<RoleRecord> roles) =>
        roles.OrderBy(r => r.ReleaseId, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .DistinctBy(r => (r.Title, r.OrganizationId, r.CountryId))
            .ToList();
}
