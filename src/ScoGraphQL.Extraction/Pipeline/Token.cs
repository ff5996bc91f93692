namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>What separates a token from the one before it; recognisers join tokens only across some gaps.</summary>
internal enum Gap
{
    Start,
    Space,
    Hyphen,
    Possessive,
    Other,
}

/// <summary>A word or number of a paragraph: <c>text[Start..End]</c>. "Russia's" is one token with <see cref="Possessive"/>.</summary>
internal sealed record Token(int Index, int Start, int End, string Text, Gap GapBefore, bool Possessive)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool IsNumber => char.IsDigit(Text[0]);

    /// <summary>All capitals and at least two letters: SCO, UNRCCA, ШОС.</summary>
    public bool IsAcronym { get; } = Text.Length >= 2 && char.IsLetter(Text[0]) && AllUpperOrDigit(Text);

    // A loop, not LINQ: this runs for every token of every paragraph.
    internal static bool AllUpperOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
        }
        return true;
    }

    public bool IsLowerWord => char.IsLower(Text[0]);
}
