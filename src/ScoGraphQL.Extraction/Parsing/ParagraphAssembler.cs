using System.Text;
using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Turns blocks of clean lines into paragraphs and repairs what page layout broke: a sentence cut in two by a
/// paragraph break is joined again, a heading glued to the paragraph before its list is split off.
/// </summary>
internal static partial class ParagraphAssembler
{
    // A block ending in one of these, mid-sentence, was cut by the layout and not by the writer.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "via",
        "and", "or", "nor", "but", "as", "than", "that", "which", "who", "whose", "between", "among", "amid",
        "about", "over", "under", "its", "their", "his", "her", "our", "this", "these", "those", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "not",
    };

    // A line ending "Mr." has not ended its sentence, whatever the full stop says.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Jr", "Sr", "Gen", "Lt", "Col", "Amb", "H.E", "i.e", "e.g",
    };

    private const int MaxHeadingWords = 40;

    /// <summary>
    /// Within a block a line break ends a paragraph only before a list item, or after a sentence end (not an
    /// abbreviation such as "Mr.") when the next line starts like a sentence; otherwise it is a soft wrap.
    /// </summary>
    public static List<string> FromBlocks(IReadOnlyList<IReadOnlyList<string>> blocks)
    {
        var paragraphs = new List<string>();
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Count; i++)
            {
                if (i > 0 && (IsListItem(block[i]) || (EndsSentence(block[i - 1]) && !EndsWithAbbreviation(block[i - 1]) && !StartsLowerCase(block[i]))))
                {
                    paragraphs.Add(sb.ToString());
                    sb.Clear();
                }
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(block[i]);
            }
            if (sb.Length > 0) paragraphs.Add(sb.ToString());
            sb.Clear();
        }
        return paragraphs;
    }

    /// <summary>Joins split sentences and splits glued headings; warnings point into the returned list.</summary>
    public static List<string> Repair(IReadOnlyList<string> paragraphs, WarningCollector warnings)
    {
        var output = new List<string>(paragraphs.Count);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var paragraph = paragraphs[k];
            var nextIsList = k + 1 < paragraphs.Count && IsListItem(paragraphs[k + 1]);
            if (nextIsList && !IsListItem(paragraph) && !EndsSentence(paragraph) && SplitGluedHeading(paragraph) is var (head, heading))
            {
                Emit(output, head, warnings);
                output.Add(heading);
                warnings.Add(WarningCodes.LayoutArtefact,
                    "A heading introducing the list below was glued to the end of the previous paragraph; it now stands as its own paragraph.",
                    output.Count - 1, heading);
                continue;
            }
            Emit(output, paragraph, warnings);
        }
        return output;
    }

    public static bool IsListItem(string line) => ListItem().IsMatch(line);

    /// <summary>True when the text ends a sentence or clause (closing quotes and brackets aside).</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']') end--;
        return end > 0 && text[end - 1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static void Emit(List<string> output, string paragraph, WarningCollector warnings)
    {
        if (output.Count > 0 && IsSplitSentence(output[^1], paragraph))
        {
            var previous = output[^1];
            output[^1] = previous + " " + paragraph;
            warnings.Add(WarningCodes.LayoutArtefact,
                "A sentence was split by a paragraph break; the two parts are joined again.",
                output.Count - 1, Tail(previous) + "\n\n" + Head(paragraph));
            return;
        }
        output.Add(paragraph);
    }

    private static bool IsSplitSentence(string previous, string next)
    {
        if (EndsSentence(previous) || IsListItem(previous) || IsListItem(next)) return false;
        return StartsLowerCase(next) || FunctionWords.Contains(LastWord(previous));
    }

    private static (string Head, string Heading)? SplitGluedHeading(string paragraph)
    {
        var boundary = SentenceBoundary().Match(paragraph);
        if (!boundary.Success) return null;
        var cut = boundary.Index + boundary.Length;
        var heading = paragraph[cut..];
        if (heading.Length == 0 || CountWords(heading) > MaxHeadingWords) return null;
        return (paragraph[..cut].TrimEnd(), heading);
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord && char.IsLetterOrDigit(c))
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    private static bool EndsWithAbbreviation(string text)
    {
        if (!text.EndsWith('.')) return false;
        var start = text.LastIndexOf(' ', text.Length - 1) + 1;
        return Abbreviations.Contains(text[start..^1]);
    }

    private static bool StartsLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }

    private static string LastWord(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    private static string Tail(string text)
    {
        if (text.Length <= 60) return text;
        var cut = text.IndexOf(' ', text.Length - 60);
        return "…" + text[(cut >= 0 ? cut + 1 : text.Length - 60)..];
    }

    private static string Head(string text)
    {
        if (text.Length <= 60) return text;
        var cut = text.LastIndexOf(' ', 60);
        return text[..(cut > 0 ? cut : 60)] + "…";
    }

    [GeneratedRegex(@"^(?:\d{1,3}[.)]|[•▪◦‣*–-]|\(?[a-z]\))\s+\S")]
    private static partial Regex ListItem();

    // The last sentence end followed by more text: what follows it is the glued heading.
    [GeneratedRegex(@"[.!?…][""”’)]?\s+(?=\S)", RegexOptions.RightToLeft)]
    private static partial Regex SentenceBoundary();
}
