using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Gathers warnings while the parser works. Some are raised before paragraphs exist (odd characters on a raw
/// line): those carry the clean text to look for, and get their paragraph index once the paragraphs are final.
/// </summary>
internal sealed class WarningCollector
{
    private readonly List<(DataQualityWarning Warning, string? Locate)> _items = [];

    public void Add(string code, string message, int? paragraph = null, string? text = null) =>
        _items.Add((new DataQualityWarning(code, message, paragraph, text), null));

    public void AddLocated(string code, string message, string text, string locate) =>
        _items.Add((new DataQualityWarning(code, message, null, text), locate));

    public IReadOnlyList<DataQualityWarning> Build(IReadOnlyList<string> paragraphs)
    {
        var result = new List<DataQualityWarning>(_items.Count);
        // The same fix can happen twice ("2021–2025" in the body and in a list item): the n-th warning about a
        // text belongs to its n-th occurrence.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (warning, locate) in _items)
        {
            if (string.IsNullOrEmpty(locate))
            {
                result.Add(warning);
                continue;
            }
            var occurrence = seen.GetValueOrDefault(locate);
            seen[locate] = occurrence + 1;
            result.Add(warning with { Paragraph = IndexOf(paragraphs, locate, occurrence) });
        }
        return result;
    }

    private static int? IndexOf(IReadOnlyList<string> paragraphs, string locate, int occurrence)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            for (var at = paragraphs[i].IndexOf(locate, StringComparison.Ordinal); at >= 0;
                 at = paragraphs[i].IndexOf(locate, at + locate.Length, StringComparison.Ordinal))
            {
                if (occurrence-- == 0) return i;
            }
        }
        return null;
    }
}
