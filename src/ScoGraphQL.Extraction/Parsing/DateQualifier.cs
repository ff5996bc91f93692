namespace ScoGraphQL.Extraction.Parsing;

/// <summary>A word in front of a date that changes what it means: "until 13 March" is an end, not a start.</summary>
public enum DateQualifier
{
    None,
    Until,
    Since,
    Before,
    After,
    By,
    From,
    FirstHalf,
    SecondHalf,
    Early,
    Mid,
    Late,
}
