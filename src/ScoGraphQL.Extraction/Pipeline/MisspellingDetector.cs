using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Misspelled month names (from the date recogniser) and words one or two edits away from a word of the genre's
/// vocabulary that are not themselves vocabulary words or inflections ("repreentatives", "Assitance").
/// </summary>
internal sealed class MisspellingDetector : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in document.Paragraphs.Prepend(document.Title))
        {
            foreach (var date in paragraph.Dates)
            {
                if (date.MisspelledMonth is { } month && seen.Add(month))
                    document.Warnings.Add(Warning(paragraph, month, "a month name"));
            }
            foreach (var token in paragraph.Tokens)
            {
                // Short words first: most tokens stop here, before the claim look-up.
                if (token.Text.Length < 7) continue;
                // Names of people and places are not English words and not typos of them.
                if (paragraph.Index >= 0 && paragraph.IsClaimed(token.Index, token.Index + 1, ClaimKind.PersonName, ClaimKind.Place, ClaimKind.Country)) continue;
                if (!token.Text.All(char.IsLetter) || token.IsAcronym || seen.Contains(token.Text)) continue;
                if (document.Kb.Vocabulary.Contains(token.Text) || document.Kb.EnglishWords.Contains(token.Lower)) continue;
                var target = Closest(document, token.Lower);
                if (target is null) continue;
                seen.Add(token.Text);
                document.Warnings.Add(Warning(paragraph, token.Text, $"'{target}'"));
            }
        }
    }

    private static DataQualityWarning Warning(Paragraph paragraph, string word, string what) =>
        new(WarningCodes.Misspelling, $"'{word}' looks like a misspelling of {what}.", paragraph.Index < 0 ? null : paragraph.Index, word);

    private static string? Closest(ReleaseDocument document, string word)
    {
        if (!document.Kb.VocabularyByInitial.TryGetValue(word[0], out var candidates)) return null;
        foreach (var (candidate, lower) in candidates)
        {
            if (Math.Abs(lower.Length - word.Length) > 2) continue;
            if (IsInflection(word, lower) || IsInflection(lower, word)) continue;
            var allowed = word.Length >= 9 ? 2 : 1;
            if (Distance(word, lower) <= allowed) return candidate;
        }
        return null;
    }

    private static bool IsInflection(string word, string stem) =>
        word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 3
        || stem.EndsWith('e') && word.StartsWith(stem[..^1], StringComparison.Ordinal) && word.Length - stem.Length <= 3
        || stem.EndsWith('y') && word.StartsWith(stem[..^1], StringComparison.Ordinal) && word.Length - stem.Length <= 3;

    /// <summary>Edit distance with adjacent transpositions ("Novemebr" is one edit from "November").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
