namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Tells which writing system a text is mostly in and maps it to the language this corpus uses that script for
/// (Cyrillic → ru, Latin → en). Extend <see cref="Scripts"/> for new scripts; order does not matter.
/// </summary>
public static class ScriptDetector
{
    private sealed record Script(string Language, char First, char Last);

    private static readonly Script[] Scripts =
    [
        new("en", 'A', 'z'), // Basic Latin letters; must stay first (see DetectLanguage)
        new("en", '\u00C0', '\u024F'), // Latin-1 Supplement and Latin Extended-A/B letters (Jenča)
        new("ru", '\u0400', '\u052F'), // Cyrillic and Cyrillic Supplement
        new("zh", '\u4E00', '\u9FFF'), // CJK Unified Ideographs
        new("hi", '\u0900', '\u097F'), // Devanagari
    ];

    /// <summary>The language tag of the script most letters belong to; null when no letter is in a known script.</summary>
    public static string? DetectLanguage(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Scripts.Length];
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                counts[0]++; // most text is Basic Latin: skip the table search
                continue;
            }
            if (c < '\u0080' || !char.IsLetter(c)) continue;
            for (var i = 0; i < Scripts.Length; i++)
            {
                if (c >= Scripts[i].First && c <= Scripts[i].Last)
                {
                    counts[i]++;
                    break;
                }
            }
        }

        string? best = null;
        var bestCount = 0;
        // Several ranges can share a language, so sum per language before choosing.
        for (var i = 0; i < Scripts.Length; i++)
        {
            var total = 0;
            for (var j = 0; j < Scripts.Length; j++)
            {
                if (Scripts[j].Language == Scripts[i].Language) total += counts[j];
            }
            if (total > bestCount)
            {
                best = Scripts[i].Language;
                bestCount = total;
            }
        }
        return best;
    }
}
