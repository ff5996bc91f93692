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

    public bool IsClaimed(int startToken, int endToken, params ClaimKind[] kinds) =>
        Claims.Any(c => kinds.Contains(c.Kind) && c.StartToken < endToken && startToken < c.EndToken);

    public Claim? ClaimAt(int token, ClaimKind kind) =>
        Claims.Where(c => c.Kind == kind && c.StartToken == token).MaxBy(c => c.EndToken);

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
