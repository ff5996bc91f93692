using System.Text.RegularExpressions;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Small string helpers shared by the recognisers.</summary>
internal static partial class Text
{
    /// <summary>Runs of whitespace (including no-break spaces) become one space; trimmed.</summary>
    public static string Collapse(string text)
    {
        // Most names are already clean: skip the regex unless there is something to collapse.
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) || i == 0 || i == text.Length - 1)) clean = false;
        }
        return clean ? text : Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Same length as the input, so offsets stay valid: no-break spaces become spaces, curly apostrophes straight,
    /// and the stray combining overlay some sources put in "2021̵ 2025" a space.
    /// </summary>
    public static string Normalise(string paragraph)
    {
        var chars = paragraph.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                '\u2019' or '\u2018' => '\'',
                '\u0335' or '\u0336' => ' ',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
