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
            var tokens = paragraph.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || tokens[i].IsAcronym && tokens[i].Text.Length < 3) continue;
                if (!document.Kb.Countries.TryMatch(tokens, i, out var entry, out var length)) continue;
                var draft = document.Entity(EntityKind.Country, entry.Name);
                draft.IsoCode = entry.IsoCode;
                // "the Republic of Tajikistan": the article belongs to the form as written.
                document.Mention(draft, paragraph, i, i + length);
                paragraph.Claims.Add(new Claim(ClaimKind.Country, i, i + length, draft));
                i += length - 1;
            }
        }
    }
}
