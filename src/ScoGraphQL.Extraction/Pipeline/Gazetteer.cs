namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Multi-word names matched over tokens, longest first, case-insensitively, across spaces, hyphens and
/// possessives ("Counter-Terrorism" = "Counter Terrorism"), across punctuation only where the name itself has it
/// ("United Nations Educational, Scientific and Cultural Organization").
/// </summary>
internal sealed class Gazetteer<T>
{
    private readonly Dictionary<string, List<(string[] Words, bool[] Punctuated, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public void Add(string name, T value)
    {
        var tokens = Tokenizer.Tokenize(name);
        var words = tokens.Select(t => t.Lower).ToArray();
        if (words.Length == 0) return;
        var punctuated = tokens.Select(t => t.GapBefore == Gap.Other).ToArray();
        if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
        if (list.Any(e => e.Words.SequenceEqual(words))) return;
        list.Add((words, punctuated, value));
        list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest entry starting at <paramref name="index"/>; <paramref name="length"/> is in tokens.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int index, out T value, out int length)
    {
        if (_byFirstWord.TryGetValue(tokens[index].Lower, out var candidates))
        {
            foreach (var (words, punctuated, candidate) in candidates)
            {
                if (Matches(tokens, index, words, punctuated))
                {
                    value = candidate;
                    length = words.Length;
                    return true;
                }
            }
        }
        value = default!;
        length = 0;
        return false;
    }

    /// <summary>Every longest match from left to right, starting only at tokens <paramref name="startsAt"/> accepts.</summary>
    public IEnumerable<(int Start, int End, T Value)> Scan(IReadOnlyList<Token> tokens, Func<Token, bool> startsAt)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!startsAt(tokens[i]) || !TryMatch(tokens, i, out var value, out var length)) continue;
            yield return (i, i + length, value);
            i += length - 1;
        }
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int index, string[] words, bool[] punctuated)
    {
        if (index + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if (token.Lower != words[k] || token.GapBefore == Gap.Start || token.GapBefore == Gap.Other && !punctuated[k]) return false;
        }
        return true;
    }
}
