using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Countries by common or official name ("Kyrgyz Republic") or adjective ("Chinese President", "Russia's"),
/// also inside names of bodies and titles ("Russian Embassy", "SCO-Afghanistan Contact Group").
/// </summary>
internal sealed class CountryRecogniser : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            // Two-letter capitals ("US", "UK") are too often something else to be read as countries.
            var tokens = paragraph.Tokens;
            foreach (var (start, end, entry) in document.Kb.Countries.Scan(tokens, t => t.IsCapitalised && !(t.IsAcronym && t.Text.Length < 3)))
            {
                // "East Kazakhstan Region": a region of the country, which the name does not mention.
                if (start > 0 && document.Kb.CompassWords.Contains(tokens[start - 1].Text) && tokens[start].GapBefore == Gap.Space
                    && PlaceRecogniser.HasRegionSuffix(document.Kb, tokens, end)) continue;
                var draft = document.Entity(EntityKind.Country, entry.Name);
                draft.IsoCode = entry.IsoCode;
                document.Mention(draft, paragraph, start, end);
                paragraph.Claims.Add(new Claim(ClaimKind.Country, start, end, draft));
            }
        }
    }
}
