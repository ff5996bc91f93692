using System.Text.RegularExpressions;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Splits text into words and numbers with their offsets; hyphenated words become several tokens joined by <see cref="Gap.Hyphen"/>.</summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var previousEnd = -1;
        foreach (Match m in Word().Matches(text))
        {
            // "Russia's": the "s" is not a word, it marks the previous token as possessive.
            if (m.Value is "s" or "S" && tokens.Count > 0 && m.Index >= 1 && text[m.Index - 1] is '\'' or '’' && tokens[^1].End == m.Index - 1)
            {
                tokens[^1] = tokens[^1] with { Possessive = true };
                continue;
            }
            var gap = previousEnd < 0 ? Gap.Start : Classify(text.AsSpan(previousEnd, m.Index - previousEnd), tokens[^1].Possessive);
            tokens.Add(new Token(tokens.Count, m.Index, m.Index + m.Length, m.Value, gap, false));
            previousEnd = m.Index + m.Length;
        }
        return tokens;
    }

    private static Gap Classify(ReadOnlySpan<char> gap, bool afterPossessive)
    {
        var trimmed = gap.Trim();
        if (trimmed.Length == 0) return gap.Contains('\n') ? Gap.Other : Gap.Space;
        if (afterPossessive && trimmed is ['\'' or '’', 's' or 'S'] && gap.Length > trimmed.Length) return Gap.Possessive;
        if (trimmed.Length == 1 && trimmed[0] is '-' or '–' or '‑' && gap.Length <= 3) return Gap.Hyphen;
        return Gap.Other;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*")]
    private static partial Regex Word();
}
