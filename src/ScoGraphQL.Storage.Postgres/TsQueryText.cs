using System.Text;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// Turns the search syntax users type (the one the Lucene index reads: words, "quoted phrases", AND/OR/NOT, +/- before a
/// word, prefix*, <c>title:</c>/<c>body:</c>, parentheses) into <c>to_tsquery</c> text. Every word and phrase is written as
/// a quoted lexeme with its quotes escaped, so nothing a user types can become tsquery syntax, and the whole text is
/// sent as one parameter. Mistakes are <see cref="SearchSyntaxException"/>s that say what to fix.
/// </summary>
internal static class TsQueryText
{
    /// <summary>Title words are weighted A and body words D in <c>releases.search</c>, so a field is a weight restriction.</summary>
    private static readonly Dictionary<string, char> FieldWeights = new(StringComparer.Ordinal) { [SearchFields.Title] = 'A', [SearchFields.Body] = 'D' };

    public static string From(string query)
    {
        if (UserQueryText.StructuralProblem(query) is { } problem) throw Invalid(problem);
        var parser = new Parser(Tokenize(query));
        var text = parser.ParseAll();
        return text;
    }

    private static SearchSyntaxException Invalid(string problem) =>
        new($"The search query is not valid: {problem}. Close quotes and parentheses, put AND/OR/NOT between words, or put \\ before a special character.");

    private enum Kind { Word, Phrase, Open, Close, And, Or, Not, Required }

    private sealed record Token(Kind Kind, string Text = "", bool Prefix = false, char? Weight = null);

    private static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new Token(Kind.Open)); i++; continue; }
            if (c == ')') { tokens.Add(new Token(Kind.Close)); i++; continue; }
            if (c is '-' or '!') { tokens.Add(new Token(Kind.Not)); i++; continue; }
            if (c == '+') { tokens.Add(new Token(Kind.Required)); i++; continue; }

            char? weight = null;
            var field = FieldWeights.Keys.FirstOrDefault(f => string.CompareOrdinal(query, i, f + ":", 0, f.Length + 1) == 0);
            if (field is not null && i + field.Length + 1 < query.Length && !char.IsWhiteSpace(query[i + field.Length + 1]))
            {
                weight = FieldWeights[field];
                i += field.Length + 1;
                if (query[i] == '(') throw Invalid($"a field applies to one word or phrase (write {field}:word, not {field}:(...))");
            }
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1); // StructuralProblem guarantees it is closed
                tokens.Add(new Token(Kind.Phrase, query[(i + 1)..end], Weight: weight));
                i = end + 1;
                continue;
            }
            var start = i;
            var word = new StringBuilder();
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"'))
            {
                if (query[i] == '\\' && i + 1 < query.Length) i++; // an escaped character is part of the word
                word.Append(query[i++]);
            }
            var text = word.ToString();
            if (weight is null && query[start] != '\\' && text is "AND" or "OR" or "NOT")
            {
                tokens.Add(new Token(text switch { "AND" => Kind.And, "OR" => Kind.Or, _ => Kind.Not }));
                continue;
            }
            var prefix = text.Length > 1 && text.EndsWith('*');
            tokens.Add(new Token(Kind.Word, prefix ? text[..^1] : text, prefix, weight));
        }
        return tokens;
    }

    /// <summary>Recursive descent: OR binds loosest, then AND (also between adjacent terms), then NOT.</summary>
    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        private Token? Peek => _position < tokens.Count ? tokens[_position] : null;

        public string ParseAll()
        {
            if (tokens.Count == 0) throw Invalid("it has no words");
            var query = Or();
            if (Peek is { } extra) throw Invalid($"unexpected {Describe(extra)}");
            return query;
        }

        private string Or()
        {
            var parts = new List<string> { And() };
            while (Peek?.Kind == Kind.Or)
            {
                _position++;
                if (Peek is null or { Kind: Kind.Or or Kind.And or Kind.Close }) throw Invalid("OR needs a word on each side");
                parts.Add(And());
            }
            return parts.Count == 1 ? parts[0] : "(" + string.Join(" | ", parts) + ")";
        }

        private string And()
        {
            var parts = new List<string> { Unary() };
            while (Peek is { } next && next.Kind is not (Kind.Or or Kind.Close))
            {
                if (next.Kind == Kind.And)
                {
                    _position++;
                    if (Peek is null or { Kind: Kind.Or or Kind.And or Kind.Close }) throw Invalid("AND needs a word on each side");
                }
                parts.Add(Unary());
            }
            return parts.Count == 1 ? parts[0] : "(" + string.Join(" & ", parts) + ")";
        }

        private string Unary()
        {
            var token = Peek ?? throw Invalid("it ends where a word was expected");
            _position++;
            switch (token.Kind)
            {
                case Kind.Not:
                    if (Peek is null or { Kind: Kind.Or or Kind.And or Kind.Close }) throw Invalid("NOT (or -) needs a word after it");
                    return "!" + Unary();
                case Kind.Required:
                    return Unary(); // every word is required anyway
                case Kind.Open:
                    if (Peek?.Kind == Kind.Close) throw Invalid("a pair of parentheses is empty");
                    var inner = Or();
                    _position++; // the closing parenthesis: StructuralProblem guarantees it
                    return inner;
                case Kind.Word or Kind.Phrase:
                    return Lexeme(token);
                default:
                    throw Invalid($"{Describe(token)} needs a word on each side");
            }
        }

        private static string Lexeme(Token token)
        {
            var quoted = "'" + token.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
            var suffix = (token.Prefix ? "*" : "") + (token.Weight is { } w ? w.ToString() : "");
            return suffix.Length == 0 ? quoted : quoted + ":" + suffix;
        }

        private static string Describe(Token token) => token.Kind switch
        {
            Kind.Close => "closing parenthesis",
            Kind.And => "AND",
            Kind.Or => "OR",
            _ => $"'{token.Text}'",
        };
    }
}
