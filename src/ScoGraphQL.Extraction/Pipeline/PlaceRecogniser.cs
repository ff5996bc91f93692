using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Cities (GeoNames) and regions (curated) that stand on their own: a place inside the name of a body, a
/// document or a title ("Paris Pact Initiative", "Moscow Declaration", "ASG for Europe") is not counted. A region
/// suffix after a name ("Kostanay Region", "Shaanxi Province") makes the whole phrase the place.
/// </summary>
internal sealed class PlaceRecogniser : IRecogniser
{
    private static readonly ClaimKind[] Containers =
        [ClaimKind.Organization, ClaimKind.Document, ClaimKind.Role, ClaimKind.PersonName, ClaimKind.Country];

    public void Apply(ReleaseDocument document)
    {
        var kb = document.Kb;
        foreach (var paragraph in document.Paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var (start, end, entry) in kb.Places.Scan(tokens, t => t.IsCapitalised && !t.IsAcronym))
            {
                if (paragraph.IsClaimed(start, end, Containers)) continue;
                var suffixed = HasRegionSuffix(kb, tokens, end);
                var draft = document.Entity(EntityKind.Place, suffixed ? entry.Name + " " + tokens[end].Text : entry.Name);
                if (entry.CountryIso is { } iso && kb.CountriesByIso.TryGetValue(iso, out var country))
                    draft.CountryKey = EntityKeys.For(EntityKind.Country, country.Name);
                Add(document, paragraph, start, suffixed ? end + 1 : end, draft);
            }
            // A name the gazetteer lacks is a region only with its suffix, after a comma or a lower-case word
            // ("in Yangling, Shaanxi Province"), so that a capitalised phrase ("Asia-Pacific Region") is not read as one.
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                if (!HasRegionSuffix(kb, tokens, i + 1) || !IsUnknownName(document, paragraph, i)) continue;
                if (tokens[i - 1].IsCapitalised && !paragraph.GapIs(i - 1, i, ",")) continue;
                Add(document, paragraph, i, i + 2, document.Entity(EntityKind.Place, tokens[i].Text + " " + tokens[i + 1].Text));
            }
        }
    }

    private static bool HasRegionSuffix(Knowledge.KnowledgeBase kb, IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].GapBefore == Gap.Space && kb.RegionSuffixes.Contains(tokens[end].Text);

    private static bool IsUnknownName(ReleaseDocument document, Paragraph paragraph, int i)
    {
        var token = paragraph.Tokens[i];
        return token.IsCapitalised && !token.IsAcronym && token.GapBefore is Gap.Space or Gap.Other && !token.Possessive
            && token.Text.All(char.IsLetter) && !Words.CapitalisedStopWords.Contains(token.Text)
            && paragraph.ClaimAt(i, ClaimKind.Place) is null && !paragraph.IsClaimed(i, i + 2, Containers)
            && !document.Kb.Countries.TryMatch(paragraph.Tokens, i, out _, out _);
    }

    private static void Add(ReleaseDocument document, Paragraph paragraph, int start, int end, EntityDraft draft)
    {
        document.Mention(draft, paragraph, start, end);
        paragraph.Claims.Add(new Claim(ClaimKind.Place, start, end, draft));
    }
}
