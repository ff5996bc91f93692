using System.Text;
using System.Text.RegularExpressions;

namespace ScoGraphQL.Bench.Faults.Fuzzing;

/// <summary>
/// Breaks a GraphQL document the ways clients and attackers do: truncation, deleted, duplicated, swapped or
/// foreign tokens, literals of the wrong type or size, deep nesting, floods of aliases, unicode junk.
/// </summary>
public static partial class DocumentMutator
{
    private static readonly string[] ForeignTokens =
        ["{", "}", "(", ")", "[", "]", ":", "...", "$", "@", "!", "=", "|", "&", ",", "query", "mutation", "subscription", "fragment", "on",
         "__typename", "__schema", "null", "true", "\"", "\"\"\"", "#", "$input", "@skip(if: true)", "@include", "@deprecated", "@nope(x: 1)"];

    private static readonly string[] WrongLiterals =
        ["\"text\"", "0", "-1", "2147483648", "-2147483649", "99999999999999999999999999999", "1e400", "-0.0", "3.14", "0x1F", "true", "null",
         "[1, 2, [3]]", "{ a: 1 }", "$undefined", "ASC", "PERSON", "\"\\u0000\"", "\"\\uD800\"", "\"\\u{1F600}\"", "\"\\x\"", "\"unterminated",
         "\"\"\"block\"\"\"", "[]", "{}", "\"2020-13-45\"", "\"9999-12-31T25:61:00Z\""];

    private static readonly string[] Junk =
        ["\u0000", "\uFEFF", "\u202E", "\u200B", "\u2028", "\uD800", "\uDFFF", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "漢字", "e\u0301\u0301\u0301", "\t", "\r", "\\", "\u00A0", "\uFFFF"];

    public static string Mutate(string document, Random random)
    {
        var result = document;
        var rounds = random.Next(1, 4);
        for (var i = 0; i < rounds; i++) result = MutateOnce(result, random);
        return result;
    }

    private static string MutateOnce(string document, Random random)
    {
        var tokens = Tokens().Matches(document).Select(m => m.Value).ToList();
        if (tokens.Count == 0) return document + ForeignTokens[random.Next(ForeignTokens.Length)];
        int Any() => random.Next(tokens.Count);
        switch (random.Next(12))
        {
            case 0:
                return document[..random.Next(document.Length + 1)];
            case 1:
                tokens.RemoveAt(Any());
                break;
            case 2:
                var duplicated = Any();
                tokens.Insert(duplicated, tokens[duplicated]);
                break;
            case 3:
                var (a, b) = (Any(), Any());
                (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
                break;
            case 4:
                tokens.Insert(Any(), ForeignTokens[random.Next(ForeignTokens.Length)]);
                break;
            case 5:
                var literals = tokens.Select((t, index) => (t, index)).Where(x => IsLiteral(x.t)).Select(x => x.index).ToList();
                if (literals.Count == 0) goto case 4;
                tokens[literals[random.Next(literals.Count)]] = WrongLiterals[random.Next(WrongLiterals.Length)];
                break;
            case 6:
                return Nest(document, random);
            case 7:
                var position = random.Next(document.Length + 1);
                return document[..position] + RandomJunk(random) + document[position..];
            case 8:
                return Flood(document, random);
            case 9:
                // Another operation appended, or the document repeated: unnamed-operation and name clashes.
                return random.Next(2) == 0 ? document + " " + document : document + " query Other { __typename }";
            case 10:
                return new string(document.Select(c => random.Next(20) == 0 ? (char)random.Next(0x20, 0x7F) : c).ToArray());
            default:
                var start = random.Next(document.Length);
                return document[..start] + document[start..].ToUpperInvariant();
        }
        return string.Join(" ", tokens);
    }

    /// <summary>Selections or list literals nested from a few levels to far past every limit.</summary>
    private static string Nest(string document, Random random)
    {
        var depth = random.Next(10) switch { < 5 => random.Next(5, 20), < 8 => random.Next(20, 200), 8 => random.Next(200, 3000), _ => random.Next(3000, 20000) };
        return random.Next(3) switch
        {
            0 => "{ " + string.Concat(Enumerable.Repeat("releases { nodes { ", depth / 2)) + "id" + new string('}', (depth / 2) * 2) + " }",
            1 => "{ search(query: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { totalCount } }",
            _ => InsertAt(document, random, new string('{', depth)),
        };
    }

    /// <summary>Many aliases, many root fields, a long string or a long name.</summary>
    private static string Flood(string document, Random random)
    {
        var count = random.Next(5) != 0 ? random.Next(10, 80) : random.Next(80, 2000);
        return random.Next(4) switch
        {
            0 => "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: stats {{ releaseCount }} ")) + "}",
            1 => "{ " + string.Concat(Enumerable.Repeat("__typename ", count)) + "}",
            2 => $"{{ search(query: \"{new string('x', count * 50)}\") {{ totalCount }} }}",
            _ => InsertAt(document, random, new string('a', count * 20)),
        };
    }

    private static string InsertAt(string document, Random random, string text)
    {
        var position = random.Next(document.Length + 1);
        return document[..position] + text + document[position..];
    }

    public static string RandomJunk(Random random)
    {
        var junk = new StringBuilder();
        var length = random.Next(1, 8);
        for (var i = 0; i < length; i++) junk.Append(random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : Junk[random.Next(Junk.Length)]);
        return junk.ToString();
    }

    private static bool IsLiteral(string token) => token[0] is '"' or '-' || char.IsDigit(token[0]) || token is "true" or "false" or "null" or "ASC" or "DESC";

    /// <summary>GraphQL's lexical tokens, near enough: strings, names, numbers, the spread, punctuators.</summary>
    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|[_A-Za-z][_0-9A-Za-z]*|-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|\\.\\.\\.|[!$&()\\[\\]{}:=@|,]|\\$")]
    private static partial Regex Tokens();
}
