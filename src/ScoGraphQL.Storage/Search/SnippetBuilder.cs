using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// A short passage of a text around its densest cluster of matched terms, each match wrapped in
/// <c>&lt;mark&gt;&lt;/mark&gt;</c> and everything else HTML-escaped, so the snippet is safe to render.
/// Matching is on analysed terms (the index's own analysis), so "meetings" marks "Meeting". Runs of white
/// space (paragraph breaks too) become one space; a cut is shown by "…".
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer, string field, int maxLength = SnippetBuilder.DefaultLength)
{
    public const int DefaultLength = 200;

    private const string Ellipsis = "…";

    /// <param name="terms">Analysed terms to mark (as they are in the index, e.g. "meet").</param>
    public string Build(string text, IReadOnlySet<string> terms)
    {
        var matches = terms.Count == 0 ? [] : Matches(text, terms);
        var (start, end) = matches.Count == 0 ? Window(text, 0, 0) : BestWindow(text, matches);

        var snippet = new StringBuilder(maxLength + 64);
        if (start > 0) snippet.Append(Ellipsis);
        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            AppendPlain(snippet, text.AsSpan(position, match.Start - position));
            snippet.Append("<mark>");
            AppendPlain(snippet, text.AsSpan(match.Start, match.End - match.Start));
            snippet.Append("</mark>");
            position = match.End;
        }
        AppendPlain(snippet, text.AsSpan(position, end - position));
        if (end < text.Length) snippet.Append(Ellipsis);
        return snippet.ToString().Trim();
    }

    private readonly record struct Match(int Start, int End, string Term);

    private List<Match> Matches(string text, IReadOnlySet<string> terms)
    {
        var matches = new List<Match>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (terms.Contains(value)) matches.Add(new Match(offset.StartOffset, offset.EndOffset, value));
        }
        stream.End();
        return matches;
    }

    /// <summary>
    /// The run of matches that fits in <c>maxLength</c> with the most distinct terms, then the most matches;
    /// the earliest such run wins, so a tie keeps the passage nearest the start.
    /// </summary>
    private (int Start, int End) BestWindow(string text, List<Match> matches)
    {
        int bestFirst = 0, bestLast = 0, bestDistinct = -1, bestCount = -1;
        for (var first = 0; first < matches.Count; first++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var last = first;
            for (var i = first; i < matches.Count && matches[i].End - matches[first].Start <= maxLength; i++)
            {
                distinct.Add(matches[i].Term);
                last = i;
            }
            var count = last - first + 1;
            if (distinct.Count > bestDistinct || (distinct.Count == bestDistinct && count > bestCount))
                (bestFirst, bestLast, bestDistinct, bestCount) = (first, last, distinct.Count, count);
        }
        return Window(text, matches[bestFirst].Start, matches[bestLast].End);
    }

    /// <summary>About <c>maxLength</c> characters holding [<paramref name="from"/>, <paramref name="to"/>), centred on it, cut at word boundaries.</summary>
    private (int Start, int End) Window(string text, int from, int to)
    {
        var slack = Math.Max(0, maxLength - (to - from));
        var start = Math.Max(0, from - slack / 2);
        var end = Math.Min(text.Length, start + Math.Max(maxLength, to - from));
        start = Math.Max(0, Math.Min(start, end - maxLength));

        // Never cut a word: move the start forward to a word's beginning, the end back to a word's end
        // (a text that is one long word is cut inside it rather than shown empty).
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            while (start < from && !char.IsWhiteSpace(text[start])) start++;
            while (start < from && char.IsWhiteSpace(text[start])) start++;
        }
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            var previous = end;
            while (previous > to && !char.IsWhiteSpace(text[previous - 1])) previous--;
            while (previous > to && char.IsWhiteSpace(text[previous - 1])) previous--;
            if (previous > to) end = previous;
            else if (to > from) end = to;
        }
        return (start, end);
    }

    private static void AppendPlain(StringBuilder snippet, ReadOnlySpan<char> text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) snippet.Append(' ');
            space = false;
            switch (c)
            {
                case '<': snippet.Append("&lt;"); break;
                case '>': snippet.Append("&gt;"); break;
                case '&': snippet.Append("&amp;"); break;
                default: snippet.Append(c); break;
            }
        }
        if (space) snippet.Append(' ');
    }
}
