using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Tests.Parsing;

/// <summary>Dates counted from the release's own date: "next month", "two years ago", "on 3 May last year".</summary>
public sealed class RelativeDateExpressionTests
{
    private static readonly DateOnly Reference = new(2027, 10, 20);

    private static PartialDate Resolved(string text) => Assert.Single(DateExpressions.Find(text)).Resolve(Reference);

    [Theory]
    [InlineData("the ministers adopted it in Ankara from 30 March to 2 April last year.", 2026, 3, 30)]
    [InlineData("a trade fair will open on 12 May next year.", 2028, 5, 12)]
    [InlineData("the working group met on 4 June of this year.", 2027, 6, 4)]
    public void Days_followed_by_a_relative_year_take_that_calendar_year(string text, int year, int month, int day) =>
        Assert.Equal(PartialDate.Day(year, month, day), Resolved(text));

    [Theory]
    [InlineData("the board will convene again next month.", 2027, 11)]
    [InlineData("a summit that is to take place later this month.", 2027, 10)]
    [InlineData("the experts gathered in Baku last month.", 2027, 9)]
    [InlineData("the envoys met the following month.", 2027, 11)]
    public void A_relative_month_is_counted_from_the_reference(string text, int year, int month) =>
        Assert.Equal(PartialDate.Month(year, month), Resolved(text));

    [Theory]
    [InlineData("the last congress took place in Rome two years ago.", "2025")]
    [InlineData("the council opened a branch office a year ago.", "2026")]
    [InlineData("the committee met in Kabul a week ago.", "2027-10-13")]
    [InlineData("the delegates arrived three days ago.", "2027-10-17")]
    public void A_span_ago_is_counted_back_from_the_reference(string text, string expected) =>
        Assert.Equal(expected, Resolved(text).ToString());

    [Fact]
    public void A_month_scheduled_for_is_a_date() =>
        Assert.Equal(PartialDate.Month(2027, 12), Resolved("the ministerial meeting scheduled for December."));
}
