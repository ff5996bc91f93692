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
                // "the Indian Ocean", "the Persian Gulf": a curated name of several words is not a country adjective and a noun.
                if (end - start > 1 && !paragraph.IsClaimed(start, end, Containers[..^1]))
                {
                    foreach (var inner in paragraph.Claims.Where(c => c.Kind == ClaimKind.Country && c.StartToken >= start && c.EndToken <= end).ToList())
                        document.Withdraw(paragraph, inner);
                }
                if (paragraph.IsClaimed(start, end, Containers)) continue;
                var suffixed = HasRegionSuffix(kb, tokens, end);
                var draft = document.Entity(EntityKind.Place, suffixed ? entry.Name + " " + tokens[end].Text : entry.Name);
                if (entry.CountryIso is { } iso && kb.CountriesByIso.TryGetValue(iso, out var country))
                    draft.CountryKey = EntityKeys.For(EntityKind.Country, country.Name);
                // "Saint Petersburg" written, "St Petersburg" looked for: the place answers to every name it is known by.
                if (!suffixed)
                    foreach (var alias in entry.Aliases) draft.AddAlias(alias);
                Add(document, paragraph, start, suffixed ? end + 1 : end, draft);
            }
            // A name the gazetteer lacks is a region only with its suffix, after a comma or a lower-case word
            // ("in Yangling, Shaanxi Province"), so that a capitalised phrase ("Asia-Pacific Region") is not read as one.
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                // Checked only after a hyphenated part, the one case it counts for: this loop runs on every token.
                var lowerCase = tokens[i].GapBefore == Gap.Hyphen && LowerCaseSuffix(kb, tokens, i + 1);
                if (!HasRegionSuffix(kb, tokens, i + 1) && !lowerCase) continue;
                // "Issyk-Kul Region": a hyphenated name is one name.
                var first = HyphenatedStart(tokens, i);
                // "the Issyk-Kul region": written lower-case, only a hyphenated name is taken for a region ("the Eurasian region" is not).
                if (lowerCase && first == i) continue;
                if (!IsUnknownName(document, paragraph, first, i + 1)) continue;
                if (tokens[first - 1].IsCapitalised && !paragraph.GapIs(first - 1, first, ",")) continue;
                Add(document, paragraph, first, i + 2, document.Entity(EntityKind.Place, Text.Collapse(paragraph.Slice(first, i + 2))));
            }
            // "in the Zhambyl and Mangystau regions", "the Chui and Issyk-Kul regions": each name (a hyphenated one is one
            // name) before a lower-case plural suffix is a region, named as the text writes it in full elsewhere ("Chui Region").
            for (var i = 3; i < tokens.Count; i++)
            {
                if (tokens[i].GapBefore != Gap.Space || Plural(tokens[i].Text) is not { Length: > 0 } suffix || !kb.RegionSuffixes.Contains(suffix)) continue;
                var second = HyphenatedStart(tokens, i - 1);
                if (second < 3 || tokens[second - 1].Lower != "and") continue;
                var first = HyphenatedStart(tokens, second - 2);
                if (first < 1 || !IsUnknownName(document, paragraph, second, i) || !IsUnknownName(document, paragraph, first, second - 1)) continue;
                foreach (var (name, nameEnd) in new[] { (first, second - 1), (second, i) })
                {
                    var written = Text.Collapse(paragraph.Slice(name, nameEnd));
                    var full = written + " " + suffix;
                    var inFull = document.Paragraphs.Any(p => p.Text.Contains(full, StringComparison.Ordinal));
                    Add(document, paragraph, name, nameEnd, document.Entity(EntityKind.Place, inFull ? full : written));
                }
            }
        }
    }

    /// <summary>The first token of the hyphenated name ("Issyk-Kul") that ends at token <paramref name="last"/>.</summary>
    private static int HyphenatedStart(IReadOnlyList<Token> tokens, int last)
    {
        var first = last;
        while (first > 1 && tokens[first].GapBefore == Gap.Hyphen && tokens[first].IsCapitalised && tokens[first].Text.All(char.IsLetter)) first--;
        return first;
    }

    /// <summary>A region word ("Region", "Province" …) follows the name ending before <paramref name="end"/>.</summary>
    internal static bool HasRegionSuffix(Knowledge.KnowledgeBase kb, IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].GapBefore == Gap.Space && kb.RegionSuffixes.Contains(tokens[end].Text);

    private static bool LowerCaseSuffix(Knowledge.KnowledgeBase kb, IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].GapBefore == Gap.Space && tokens[end].IsLowerWord && kb.RegionSuffixes.Contains(Capitalised(tokens[end].Text));

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Tokens <paramref name="i"/> to <paramref name="end"/> (exclusive) are a capitalised name no gazetteer or claim knows.</summary>
    private static bool IsUnknownName(ReleaseDocument document, Paragraph paragraph, int i, int end)
    {
        var token = paragraph.Tokens[i];
        return token.IsCapitalised && !token.IsAcronym && token.GapBefore is Gap.Space or Gap.Other && !paragraph.Tokens[end - 1].Possessive
            && token.Text.All(char.IsLetter) && !Words.CapitalisedStopWords.Contains(token.Text)
            && paragraph.ClaimAt(i, ClaimKind.Place) is null && !paragraph.IsClaimed(i, end + 1, Containers)
            && !document.Kb.Countries.TryMatch(paragraph.Tokens, i, out _, out _);
    }

    /// <summary>"regions" → "Region": the suffix list is written singular and capitalised.</summary>
    private static string Plural(string word) =>
        word.Length > 2 && word.EndsWith('s') && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..^1] : "";

    private static void Add(ReleaseDocument document, Paragraph paragraph, int start, int end, EntityDraft draft)
    {
        document.Mention(draft, paragraph, start, end);
        paragraph.Claims.Add(new Claim(ClaimKind.Place, start, end, draft));
    }
}
