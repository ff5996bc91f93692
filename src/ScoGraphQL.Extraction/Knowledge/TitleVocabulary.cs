using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Knowledge;

/// <summary>
/// Offices as a small grammar instead of a list of every office: up to two modifiers ("Deputy", "First Deputy",
/// "Additional") before an office head noun ("Minister", "Prosecutor General", "Governor"), beside the titles listed
/// whole ("Ambassador Extraordinary and Plenipotentiary"). The longer reading wins.
/// </summary>
internal sealed class TitleVocabulary
{
    private const int MaxModifiers = 2;
    private readonly Gazetteer<string> _listed = new();
    private readonly Gazetteer<string> _modifiers = new();
    private readonly Gazetteer<string> _heads = new();
    private readonly HashSet<string> _ofOnly = new(StringComparer.Ordinal);

    // Most tokens begin no title: one lookup rejects them instead of one per gazetteer (this runs for every token).
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public void AddListed(string title) => Add(_listed, title);

    public void AddModifier(string modifier) => Add(_modifiers, modifier);

    public void AddHead(string head) => Add(_heads, head);

    /// <summary>A title that is an ordinary word unless "of" follows: "Member of the … Commission", not "SCO Member States".</summary>
    public void AddOfOnly(string title) => _ofOnly.Add(title);

    private void Add(Gazetteer<string> gazetteer, string entry)
    {
        gazetteer.Add(entry, entry);
        if (Tokenizer.Tokenize(entry) is [var first, ..]) _firstWords.Add(first.Lower);
    }

    /// <summary>The longest title starting at <paramref name="index"/>; <paramref name="title"/> is its canonical spelling.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int index, out string title, out int length)
    {
        if (!_firstWords.Contains(tokens[index].Lower))
        {
            title = "";
            length = 0;
            return false;
        }
        var listed = _listed.TryMatch(tokens, index, out title, out length);
        var k = index;
        string? modifiers = null;
        for (var count = 0; count < MaxModifiers && k < tokens.Count && (k == index || tokens[k].GapBefore is Gap.Space or Gap.Hyphen)
             && _modifiers.TryMatch(tokens, k, out var modifier, out var modifierLength); count++)
        {
            modifiers = modifiers is null ? modifier : modifiers + " " + modifier;
            k += modifierLength;
        }
        if (k < tokens.Count && (k == index || tokens[k].GapBefore is Gap.Space or Gap.Hyphen) && _heads.TryMatch(tokens, k, out var head, out var headLength)
            && k + headLength - index > (listed ? length : 0))
        {
            title = modifiers is null ? head : modifiers + " " + head;
            length = k + headLength - index;
            return true;
        }
        return listed && (!_ofOnly.Contains(title) || index + length < tokens.Count && tokens[index + length].Lower == "of");
    }
}
