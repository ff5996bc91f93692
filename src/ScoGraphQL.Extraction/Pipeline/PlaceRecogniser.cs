using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Cities (GeoNames) and regions (curated) that stand on their own: a place inside the name of a body, a
/// document or a title ("Paris Pact Initiative", "Moscow Declaration", "ASG for Europe") is not counted.
/// </summary>
internal sealed class PlaceRecogniser : IRecogniser
{
    private static readonly ClaimKind[] Containers =
        [ClaimKind.Organization, ClaimKind.Document, ClaimKind.Role, ClaimKind.PersonName, ClaimKind.Country];

    public void Apply(ReleaseDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var (start, end, entry) in document.Kb.Places.Scan(paragraph.Tokens, t => t.IsCapitalised && !t.IsAcronym))
            {
                if (paragraph.IsClaimed(start, end, Containers)) continue;
                var draft = document.Entity(EntityKind.Place, entry.Name);
                if (entry.CountryIso is { } iso && document.Kb.CountriesByIso.TryGetValue(iso, out var country))
                    draft.CountryKey = EntityKeys.For(EntityKind.Country, country.Name);
                document.Mention(draft, paragraph, start, end);
                paragraph.Claims.Add(new Claim(ClaimKind.Place, start, end, draft));
            }
        }
    }
}
