using ScoGraphQL.Extraction.Knowledge;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// The countries and parent bodies that extracted entities point at but the text never names ("Tashkent" →
/// Uzbekistan), described from the knowledge base so that <c>place.country</c> and <c>organization.parent</c>
/// resolve to a real entity.
/// </summary>
internal static class ReferencedEntities
{
    private static readonly Lazy<Dictionary<string, ExtractedEntity>> Known = new(Build);

    public static IReadOnlyList<ExtractedEntity> For(IReadOnlyList<ExtractedEntity> entities)
    {
        var present = entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var references = new List<ExtractedEntity>();
        var pending = new Queue<string>(entities.SelectMany(e => new[] { e.CountryKey, e.ParentKey }).OfType<string>());
        while (pending.Count > 0)
        {
            var key = pending.Dequeue();
            if (!present.Add(key) || !Known.Value.TryGetValue(key, out var entity)) continue;
            references.Add(entity);
            if (entity.ParentKey is { } parent) pending.Enqueue(parent); // a parent's parent (RATS → SCO)
        }
        return references;
    }

    private static Dictionary<string, ExtractedEntity> Build()
    {
        var knowledge = KnowledgeBase.Instance;
        var known = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        foreach (var country in knowledge.CountriesByIso.Values)
        {
            var key = EntityKeys.For(EntityKind.Country, country.Name);
            known.TryAdd(key, new ExtractedEntity(key, EntityKind.Country, country.Name) { IsoCode = country.IsoCode });
        }
        foreach (var organization in knowledge.OrganizationsByName.Values)
        {
            var key = EntityKeys.For(EntityKind.Organization, organization.Name);
            known.TryAdd(key, new ExtractedEntity(key, EntityKind.Organization, organization.Name)
            {
                Acronyms = organization.Acronyms,
                ParentKey = organization.Parent is { } parent ? EntityKeys.For(EntityKind.Organization, parent) : null,
            });
        }
        return known;
    }
}
