namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Word-order-free identity of a body's name: which parent it names (SCO, UN) and the bag of its other content
/// words. "Council of Heads of State of the SCO Member States", "SCO Heads of State Council" and
/// "Shanghai Cooperation Organisation (SCO) Heads of State Council" all give (SCO, {council, heads, state}).
/// </summary>
internal readonly record struct OrganizationSignature(string? Parent, string Bag)
{
    public const string Sco = "Shanghai Cooperation Organisation";
    public const string Un = "United Nations";

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "the", "of", "for", "on", "in", "and", "a", "member", "states", "its",
    };

    private static readonly HashSet<string> JoiningPrefixes = new(StringComparer.Ordinal) { "anti", "counter", "co" };

    public static OrganizationSignature Of(IReadOnlyList<Token> tokens)
    {
        string? parent = null;
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text is "SCO" or "ШОС") { parent = Sco; continue; }
            if (t.Text is "UN" or "ООН") { parent = Un; continue; }
            if (i + 2 < tokens.Count && t.Lower == "shanghai" && tokens[i + 1].Lower == "cooperation" && tokens[i + 2].Lower is "organisation" or "organization")
            {
                parent = Sco;
                i += 2;
                continue;
            }
            if (i + 1 < tokens.Count && t.Lower == "united" && tokens[i + 1].Lower == "nations")
            {
                parent = Un;
                i += 1;
                continue;
            }
            if (Ignored.Contains(t.Lower)) continue;
            // "Anti-Terrorist" and "Antiterrorist" are one word.
            if (JoiningPrefixes.Contains(t.Lower) && i + 1 < tokens.Count && tokens[i + 1].GapBefore == Gap.Hyphen)
            {
                words.Add(t.Lower + tokens[i + 1].Lower);
                i += 1;
                continue;
            }
            words.Add(t.Lower);
        }
        words.Sort(StringComparer.Ordinal);
        return new OrganizationSignature(parent, string.Join(' ', words.Distinct()));
    }
}
