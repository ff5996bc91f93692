namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Splits text into words and numbers with their offsets; hyphenated words become several tokens joined by <see cref="Gap.Hyphen"/>.</summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            // A word: a letter or digit, then letters, digits and combining marks (hand-written: this runs on every paragraph).
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            i++;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]))) i++;
            var length = i - start;
            // "Russia's": the "s" is not a word, it marks the previous token as possessive.
            if (length == 1 && text[start] is 's' or 'S' && tokens.Count > 0 && start >= 1 && text[start - 1] is '\'' or '’' && tokens[^1].End == start - 1)
            {
                tokens[^1] = tokens[^1] with { Possessive = true };
                continue;
            }
            var gap = previousEnd < 0 ? Gap.Start : Classify(text.AsSpan(previousEnd, start - previousEnd), tokens[^1].Possessive);
            tokens.Add(new Token(tokens.Count, start, i, text.Substring(start, length), gap, false));
            previousEnd = i;
        }
        return tokens;
    }

    private static Gap Classify(ReadOnlySpan<char> gap, bool afterPossessive)
    {
        var trimmed = gap.Trim();
        if (trimmed.Length == 0) return gap.Contains('\n') ? Gap.Other : Gap.Space;
        if (afterPossessive && trimmed is ['\'' or '’', 's' or 'S'] && gap.Length > trimmed.Length) return Gap.Possessive;
        if (trimmed.Length == 1 && trimmed[0] is '-' or '–' or '‑' && gap.Length <= 3) return Gap.Hyphen;
        // An apostrophe inside a word ("Xi'an", "O'Brien") joins its halves like a hyphen.
        if (gap is ['\'' or '’']) return Gap.Hyphen;
        return Gap.Other;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
