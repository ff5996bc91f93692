using System.Text;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// Prepares what a user typed for Lucene's classic query parser. Syntax stays syntax: quotes, parentheses,
/// AND/OR/NOT, +/- before a word, <c>*</c> wildcards, <c>^</c> boosts, <c>~</c> proximity, <c>title:</c>/<c>body:</c>.
/// Punctuation that in ordinary text belongs to a word is escaped, so it is never a syntax error:
/// <list type="bullet">
/// <item><c>/</c> anywhere ("a/b"): regular-expression queries are not offered.</item>
/// <item><c>+ - !</c> inside or after a word ("C++", "Hello!"): operators only where a word starts.</item>
/// <item><c>:</c> unless it follows a field name ("Note: ..."): other field names would silently match nothing.</item>
/// <item><c>?</c> ending a word ("What is the SCO?"): a question mark, not a one-character wildcard.</item>
/// </list>
/// Inside a quoted phrase nothing is touched: the parser reads it literally already.
/// </summary>
public static class UserQueryText
{
    public static readonly IReadOnlySet<string> FieldNames = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Title, SearchFields.Body };

    public static string Prepare(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                // Already escaped by the user: copy the pair untouched.
                result.Append(c);
                if (i + 1 < text.Length) result.Append(text[++i]);
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (!quoted && NeedsEscape(text, i)) result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The commonest mistakes named plainly (Lucene's own message says "Lexical error at column 12"), or null.</summary>
    public static string? StructuralProblem(string text)
    {
        var quoted = false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '"': quoted = !quoted; break;
                case '(' when !quoted: depth++; break;
                case ')' when !quoted && --depth < 0: return $"a closing parenthesis at position {i + 1} has no opening one";
            }
        }
        if (quoted) return "a quotation mark (\") is not closed";
        if (depth > 0) return "a parenthesis is not closed";
        return null;
    }

    private static bool NeedsEscape(string text, int i) => text[i] switch
    {
        '/' => true,
        '+' or '-' or '!' => !AtWordStart(text, i),
        ':' => !FieldNames.Contains(WordBefore(text, i)),
        '?' => i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ')'),
        _ => false,
    };

    /// <summary>Where an operator may stand: the start, after white space, or after an opening parenthesis.</summary>
    private static bool AtWordStart(string text, int i) => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(';

    private static string WordBefore(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..i];
    }
}
