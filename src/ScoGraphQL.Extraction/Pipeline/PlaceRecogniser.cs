using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Cities (GeoNames) and regions (curated) that stand on their own: a place inside the name of a body, a
/// document or a title ("Paris Pact Initiative", "Moscow Declaration", "ASG for Europe") is not counted.
/// </summary>
internal sealed class PlaceRecogniser : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var tokens = paragraph.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || tokens[i].IsAcronym) continue;
                if (!document.Kb.Places.TryMatch(tokens, i, out var entry, out var length)) continue;
                if (paragraph.IsClaimed(i, i + length, ClaimKind.Organization, ClaimKind.Document, ClaimKind.Role, ClaimKind.PersonName, ClaimKind.Country))
                {
                    i += length - 1;
                    continue;
                }
                var draft = document.Entity(EntityKind.Place, entry.Name);
                if (entry.CountryIso is { } iso && document.Kb.CountriesByIso.TryGetValue(iso, out var country))
                    draft.CountryKey = EntityKeys.For(EntityKind.Country, country.Name);
                document.Mention(draft, paragraph, i, i + length);
                paragraph.Claims.Add(new Claim(ClaimKind.Place, i, i + length, draft));
                i += length - 1;
            }
        }
    }
}
