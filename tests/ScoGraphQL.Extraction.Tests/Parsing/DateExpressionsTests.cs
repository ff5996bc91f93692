using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Tests.Parsing;

public sealed class DateExpressionsTests
{
    private static DateExpression Single(string text) => Assert.Single(DateExpressions.Find(text));

    [Theory]
    [InlineData("On 10 March 2020, the council met.", "10 March 2020", "2020-03-10")]
    [InlineData("took place on November 10, 2020 via videoconference", "November 10, 2020", "2020-11-10")]
    [InlineData("which was held on 15 September, 2020 via videoconference", "15 September, 2020", "2020-09-15")]
    [InlineData("Resolution 75/69 of 16 April 2021.", "16 April 2021", "2021-04-16")]
    [InlineData("on the 3rd March 2019", "3rd March 2019", "2019-03-03")]
    [InlineData("on Sept. 1, 2021", "Sept. 1, 2021", "2021-09-01")]
    public void Day_month_year_forms_give_day_precision(string text, string expected, string iso)
    {
        var date = Single(text);
        Assert.Equal(expected, date.Text);
        Assert.Equal(expected, text[date.Start..date.End]);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(iso, date.Date.ToString());
        Assert.Null(date.MisspelledMonth);
    }

    [Theory]
    [InlineData("held on 10-13 March 2021 in Dushanbe", "10-13 March 2021", "2021-03-10", "2021-03-13")]
    [InlineData("held from 10 to 13 March 2021", "from 10 to 13 March 2021", "2021-03-10", "2021-03-13")]
    [InlineData("on 30 November – 2 December 2020", "30 November – 2 December 2020", "2020-11-30", "2020-12-02")]
    [InlineData("on June 9 and 10, 2021", "June 9 and 10, 2021", "2021-06-09", "2021-06-10")]
    public void Day_ranges_start_on_their_first_day(string text, string expected, string first, string last)
    {
        var date = Single(text);
        Assert.Equal(expected, date.Text);
        Assert.True(date.IsRange);
        Assert.Equal(first, date.Date.ToString());
        Assert.Equal(last, date.EndDate.ToString());
    }

    [Theory]
    [InlineData("On 17 May, a dialogue was held.", "17 May")]
    [InlineData("talks on May 17 in Beijing", "May 17")]
    public void Day_and_month_without_a_year_are_unresolved_days(string text, string expected)
    {
        var date = Single(text);
        Assert.Equal(expected, date.Text);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Null(date.Date);
        Assert.Equal(PartialDate.Day(2021, 5, 17), date.Resolve(new DateOnly(2021, 5, 27)));
    }

    [Fact]
    public void Leap_day_without_a_year_resolves_into_a_common_year_safely() =>
        Assert.Equal(PartialDate.Day(2021, 2, 28), Single("on 29 February").Resolve(new DateOnly(2021, 3, 1)));

    [Fact]
    public void Month_and_year_give_month_precision()
    {
        var date = Single("adopted at the 75th session in April 2021.");
        Assert.Equal("April 2021", date.Text);
        Assert.Equal(PartialDate.Month(2021, 4), date.Date);
    }

    [Fact]
    public void Bare_year_gives_year_precision()
    {
        var date = Single("the main results of their activities in 2019.");
        Assert.Equal(PartialDate.Year(2019), date.Date);
    }

    [Fact]
    public void Ordinals_resolution_numbers_and_version_numbers_are_not_years()
    {
        Assert.Empty(DateExpressions.Find("the 20th anniversary, Resolution 73/334, MetInfo 7.2.0 and 40 topics"));
    }

    [Fact]
    public void Second_half_of_a_year_is_a_qualified_year()
    {
        var date = Single("maintain working contacts in the second half of 2021 in view of");
        Assert.Equal("the second half of 2021", date.Text);
        Assert.Equal(DateQualifier.SecondHalf, date.Qualifier);
        Assert.Equal(PartialDate.Year(2021), date.Date);
    }

    [Theory]
    [InlineData("planned for early 2022.", "early 2022", DateQualifier.Early)]
    [InlineData("by the end of 2022 at the latest", "the end of 2022", DateQualifier.Late)]
    [InlineData("in the First Half of 2020", "the First Half of 2020", DateQualifier.FirstHalf)]
    [InlineData("in mid-2023", "mid-2023", DateQualifier.Mid)]
    public void Parts_of_a_year_keep_their_wording_and_qualifier(string text, string expected, DateQualifier qualifier)
    {
        var date = Single(text);
        Assert.Equal(expected, date.Text);
        Assert.Equal(qualifier, date.Qualifier);
        Assert.Equal(DatePrecision.Year, date.Precision);
    }

    [Fact]
    public void Until_is_part_of_the_expression_and_marks_an_end()
    {
        var date = Single("The meeting will last until 13 March 2021.");
        Assert.Equal("until 13 March 2021", date.Text);
        Assert.Equal(DateQualifier.Until, date.Qualifier);
        Assert.Equal(PartialDate.Day(2021, 3, 13), date.Date);
    }

    [Fact]
    public void Month_alone_is_unresolved_and_takes_the_reference_year()
    {
        var date = Single("which is to take place in Dushanbe in September.");
        Assert.Equal("September", date.Text);
        Assert.False(date.IsResolved);
        Assert.Null(date.Date);
        Assert.Equal(9, date.Month);
        Assert.Equal(PartialDate.Month(2021, 9), date.Resolve(new DateOnly(2021, 3, 10)));
    }

    [Fact]
    public void Last_november_resolves_to_the_previous_november()
    {
        var date = Single("devoted to this problem in New York last November.");
        Assert.Equal("last November", date.Text);
        Assert.Equal(-1, date.RelativeYear);
        Assert.Equal(PartialDate.Month(2019, 11), date.Resolve(new DateOnly(2020, 9, 15)));
    }

    [Fact]
    public void A_month_range_of_last_year_starts_in_the_calendar_year_before()
    {
        var date = Single("carried out jointly from April to June of last year.");
        Assert.Equal("from April to June of last year", date.Text);
        Assert.Equal(DateQualifier.From, date.Qualifier);
        Assert.Equal(PartialDate.Month(2023, 4), date.Resolve(new DateOnly(2024, 10, 2)));
    }

    [Theory]
    [InlineData("the exhibition opened in February last year.")]
    [InlineData("the exhibition opened in February of last year.")]
    public void A_month_of_last_year_is_in_the_calendar_year_before_even_when_that_month_has_come_again(string text) =>
        Assert.Equal(PartialDate.Month(2023, 2), Single(text).Resolve(new DateOnly(2024, 7, 1)));

    [Fact]
    public void Month_this_year_resolves_to_the_reference_year()
    {
        var date = Single("the session that will take place in November this year.");
        Assert.Equal("November this year", date.Text);
        Assert.Equal(PartialDate.Month(2020, 11), date.Resolve(new DateOnly(2020, 9, 15)));
    }

    [Fact]
    public void Month_words_without_a_cue_are_not_dates()
    {
        Assert.Empty(DateExpressions.Find("May I add that March is a verb too. Augustus came."));
    }

    [Theory]
    [InlineData("the Novemebr 2020 meetings", "Novemebr", 11)]
    [InlineData("released in Septemebr 2020, gives", "Septemebr", 9)]
    [InlineData("on 5 Febuary 2021", "Febuary", 2)]
    public void Misspelled_month_is_matched_and_reported(string text, string misspelling, int month)
    {
        var date = Single(text);
        Assert.Equal(misspelling, date.MisspelledMonth);
        Assert.Equal(month, date.Month);
    }

    [Fact]
    public void Several_dates_come_back_in_text_order_without_overlap()
    {
        var dates = DateExpressions.Find(
            "On 2 December 2004 it was granted status. Resolution 64/183 of 18 December 2009 and in 2010 and in May.");
        Assert.Equal(["2 December 2004", "18 December 2009", "2010", "May"], dates.Select(d => d.Text));
    }

    [Fact]
    public void Impossible_day_is_not_a_full_date()
    {
        var date = Single("on 31 February 2021");
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal("February 2021", date.Text);
    }

    [Theory]
    [InlineData("Sep", 9, false)]
    [InlineData("December", 12, false)]
    [InlineData("Octobre", 10, true)]
    public void TryParseMonth_reads_names_abbreviations_and_typos(string word, int month, bool misspelled)
    {
        Assert.True(DateExpressions.TryParseMonth(word, out var m, out var typo));
        Assert.Equal(month, m);
        Assert.Equal(misspelled, typo);
    }

    [Theory]
    [InlineData("Member")]
    [InlineData("Mary")]
    [InlineData("Agenda")]
    [InlineData("Augustus")]
    public void TryParseMonth_rejects_ordinary_words(string word) =>
        Assert.False(DateExpressions.TryParseMonth(word, out _, out _));
}
