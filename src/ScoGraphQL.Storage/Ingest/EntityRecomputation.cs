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
        if (rule?.MergedInto is not null) return null;
        var fold = new EntityFold(entityId);
        foreach (var fact in facts) fold.Add(fact.Entity, fact.Referenced, fact.ReleaseId);
        return Recompute(entityId, rule, fold, existing, mentionCount, () => DistinctTitles(roles));
    }

    /// <summary>
    /// As above, from the entity's facts already folded (<paramref name="fold"/>, null or empty when no release
    /// describes it) and its distinct <paramref name="titles"/>, asked for only when the entity is a person.
    /// </summary>
    public static EntityRecord? Recompute(
        string entityId,
        CurationRuleRecord? rule,
        EntityFold? fold,
        EntityRecord? existing,
        int mentionCount,
        Func<List<RoleRecord>> titles)
    {
        if (rule?.MergedInto is not null) return null; // merged away, even if it was curated before
        EntityRecord entity;
        if (fold is not { Count: > 0 })
        {
            if (existing is not { Curated: true }) return null;
            entity = existing;
            entity.MentionCount = 0;
            entity.ReleaseCount = 0;
        }
        else
        {
            entity = fold.ToEntity();
            entity.MentionCount = mentionCount;
            entity.ReleaseCount = fold.MentionedCount;
            entity.Curated = existing?.Curated ?? false;
        }
        if (rule is not null) CurationRules.Apply(rule, entity);
        if (entity.Kind == EntityKind.Person) entity.Titles = titles();
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
