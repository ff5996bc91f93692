using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>One paragraph of a <see cref="ReleaseDocument"/>: original and normalised text, tokens, sentences, dates and claims.</summary>
internal sealed partial class Paragraph
{
    public Paragraph(int index, string original)
    {
        Index = index;
        Original = original;
        Text = Pipeline.Text.Normalise(original);
        Tokens = Tokenizer.Tokenize(Text);
        Dates = DateExpressions.Find(Text);
        Sentences = SplitSentences(Text);
    }

    public int Index { get; }
    public string Original { get; }
    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<DateExpression> Dates { get; }
    public IReadOnlyList<(int Start, int End)> Sentences { get; }
    public List<Claim> Claims { get; } = [];

    public string Slice(int startToken, int endToken) => Original[Tokens[startToken].Start..Tokens[endToken - 1].End];

    public string Between(int leftToken, int rightToken) => Text[Tokens[leftToken].End..Tokens[rightToken].Start];

    /// <summary>True when only <paramref name="expected"/> (and spaces) stands between two tokens; allocates nothing.</summary>
    public bool GapIs(int leftToken, int rightToken, string expected) =>
        Text.AsSpan(Tokens[leftToken].End, Tokens[rightToken].Start - Tokens[leftToken].End).Trim().SequenceEqual(expected);

    public bool IsClaimed(int startToken, int endToken, params ClaimKind[] kinds)
    {
        foreach (var c in Claims)
        {
            if (c.StartToken < endToken && startToken < c.EndToken && Array.IndexOf(kinds, c.Kind) >= 0) return true;
        }
        return false;
    }

    /// <summary>The longest claim of <paramref name="kind"/> that starts at <paramref name="token"/>.</summary>
    public Claim? ClaimAt(int token, ClaimKind kind)
    {
        Claim? best = null;
        foreach (var c in Claims)
        {
            if (c.Kind == kind && c.StartToken == token && (best is null || c.EndToken > best.EndToken)) best = c;
        }
        return best;
    }

    /// <summary>Folded form of each token (diacritics and case), computed once.</summary>
    public IReadOnlyList<string> Folded => _folded ??= Tokens.Select(t => Model.EntityKeys.Fold(t.Text)).ToArray();

    private string[]? _folded;

    public (int Start, int End) SentenceOf(int offset)
    {
        foreach (var s in Sentences)
        {
            if (offset >= s.Start && offset < s.End) return s;
        }
        return (0, Text.Length);
    }

    private static List<(int Start, int End)> SplitSentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            result.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        result.Add((start, text.Length));
        return result;
    }

    // A full stop (not after Mr/Dr or an initial) followed by space and a capital, or a line break.
    [GeneratedRegex(@"(?<!\b(?:Mr|Ms|Mrs|Dr|No|St|[A-Z]))[.!?]['""”]?\s+(?=[\p{Lu}\d""“])|\n+")]
    private static partial Regex SentenceBreak();
}
