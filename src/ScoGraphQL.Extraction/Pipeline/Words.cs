namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Closed word classes the recognisers share.</summary>
internal static class Words
{
    /// <summary>Ordinals written as words: "the fourth Forum", "the second SCO Youth Camp".</summary>
    public static readonly HashSet<string> OrdinalWords = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    /// <summary>Capitalised words that start sentences or titles but never start a name.</summary>
    public static readonly HashSet<string> CapitalisedStopWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "During", "After", "Before", "With", "By", "For", "Of", "And", "This", "That",
        "These", "Those", "It", "Its", "Their", "His", "Her", "As", "To", "From", "Since", "Until", "Following", "According",
        "Also", "Both", "Speaking", "Under", "Over", "Between", "Among", "Within", "Through", "Upon", "Via", "Such",
        "Mutual", "High", "Priorities", "Review", "Interactive", "Leave", "Call", "Powered", "Video", "He", "She", "They",
        "We", "Our", "Approving", "Implement", "Sign", "Including", "Against", "Connection", "Held", "Holds",
    };

    /// <summary>Plural people-nouns: "Security Council Secretaries" are people, not the Security Council.</summary>
    public static readonly HashSet<string> PersonPlurals = new(StringComparer.Ordinal)
    {
        "Secretaries", "Ministers", "Members", "Heads", "Leaders", "Directors", "Chairs", "Representatives", "Coordinators",
    };

    public static bool IsGerund(Token token) => token.Lower.EndsWith("ing", StringComparison.Ordinal) && token.Lower.Length > 5
        && token.Lower is not "building" and not "meeting" and not "training" and not "peacebuilding";
}
