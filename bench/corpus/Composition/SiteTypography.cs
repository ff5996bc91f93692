using System.Text.RegularExpressions;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>The source site glues short words to the next one with U+00A0 ("of\u00A0the"), as four of the seeds show.</summary>
internal static partial class SiteTypography
{
    public static string NoBreakAfterShortWords(string paragraph) => ShortWord().Replace(paragraph, "$1\u00A0");

    /// <summary>
    /// A paragraph break in the middle of a sentence, after "of the" in its second half (000 and 001 have such breaks);
    /// null when the paragraph offers no such place. Annotations read the text joined again.
    /// </summary>
    public static string? BreakInsideSentence(string paragraph)
    {
        var at = paragraph.IndexOf(" of the ", paragraph.Length / 2, StringComparison.Ordinal);
        return at < 0 ? null : paragraph[..(at + " of the".Length)] + "\n\n" + paragraph[(at + " of the ".Length)..];
    }

    [GeneratedRegex(@"(?<=\s|^)(of|to|in|at|on|by|for|with|from|as|via|amid|until|during|between|under|among|about|since|against) (?=\S)")]
    private static partial Regex ShortWord();
}
