namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>The ways the seeds write a full date: "10 March 2020", "November 10, 2020", "15 September, 2020".</summary>
public enum DateStyle { DayMonthYear, MonthFirst, CommaBeforeYear }

public static class DateStyles
{
    public static DateStyle Pick(Dice dice) => dice.Next(20) switch
    {
        < 15 => DateStyle.DayMonthYear,
        < 18 => DateStyle.MonthFirst,
        _ => DateStyle.CommaBeforeYear,
    };
}
