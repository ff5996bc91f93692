using System.Text.RegularExpressions;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>The source site glues short words to the next one with U+00A0 ("of\u00A0the"), as four of the seeds show.</summary>
internal static partial class SiteTypography
{
    public static string NoBreakAfterShortWords(string paragraph) => ShortWord().Replace(paragraph, "$1\u00A0");

    [GeneratedRegex(@"(?<=\s|^)(of|to|in|at|on|by|for|with|from|as|via|amid|until|during|between|under|among|about|since|against) (?=\S)")]
    private static partial Regex ShortWord();
}
