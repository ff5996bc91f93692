namespace ScoGraphQL.Extraction.Model;

/// <summary>How much of a date the text gives: "in September 2021" is 2021-09-01 with <see cref="Month"/>.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
