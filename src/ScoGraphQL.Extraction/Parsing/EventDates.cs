using System.Globalization;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>Picks the date of the event a release reports and checks it against the release's other dates.</summary>
internal static class EventDates
{
    // A release states what happened in its opening paragraphs; later dates are background or plans.
    private const int LeadParagraphs = 3;

    // Dates this close to the event are part of the same story, so they should agree with its year.
    private const int RelatedWithinDays = 548;
    private const int YearApartAtLeastDays = 300;
    private const int SameSeasonWithinDays = 60;

    /// <summary>One recognised date and the paragraph it stands in.</summary>
    public readonly record struct Located(int Paragraph, DateExpression Expression);

    /// <summary>
    /// The first full date in the lead paragraphs that is not an end or a bound ("until …", "before …"). With a
    /// publication time, a date in the year before publication is preferred over older background dates.
    /// </summary>
    public static Located? FindPrimary(IReadOnlyList<Located> dates, DateTimeOffset? publishedAt)
    {
        Located? first = null;
        foreach (var located in dates)
        {
            if (located.Paragraph >= LeadParagraphs) break;
            var e = located.Expression;
            if (e.Precision != DatePrecision.Day || e.Date is not { } date || e.Qualifier is not (DateQualifier.None or DateQualifier.From)) continue;
            if (publishedAt is null) return located;
            first ??= located;
            var published = DateOnly.FromDateTime(publishedAt.Value.UtcDateTime);
            if (date.Date <= published.AddDays(1) && date.Date >= published.AddYears(-1)) return located;
        }
        return first;
    }

    /// <summary>
    /// Warns when most dates near the event fall about a year off at the same time of year: the event's year
    /// is then likely a slip ("On 10 March 2020 … will last until 13 March 2021"). The date is kept as written.
    /// </summary>
    public static void CheckYear(Located primary, IReadOnlyList<Located> dates, WarningCollector warnings)
    {
        var eventDay = primary.Expression.Date!.Value.Date;
        var related = 0;
        var contradicting = new List<DateExpression>();
        foreach (var (_, e) in dates)
        {
            if (ReferenceEquals(e, primary.Expression) || e.Precision == DatePrecision.Year || e.Date is not { } other) continue;
            var apart = Math.Abs(other.Date.DayNumber - eventDay.DayNumber);
            if (apart > RelatedWithinDays) continue;
            related++;
            var sameDayThatYear = new DateOnly(other.Date.Year, eventDay.Month, Math.Min(eventDay.Day, DateTime.DaysInMonth(other.Date.Year, eventDay.Month)));
            if (apart >= YearApartAtLeastDays && Math.Abs(other.Date.DayNumber - sameDayThatYear.DayNumber) <= SameSeasonWithinDays)
                contradicting.Add(e);
        }

        if (contradicting.Count < 2 || contradicting.Count * 2 <= related) return;
        var likelyYear = contradicting.GroupBy(e => e.Date!.Value.Date.Year).MaxBy(g => g.Count())!.Key;
        var written = primary.Expression.Text;
        warnings.Add(WarningCodes.DateInconsistent,
            string.Create(CultureInfo.InvariantCulture,
                $"The main event is dated '{written}', but {contradicting.Count} of the {related} dates near it " +
                $"({string.Join(", ", contradicting.Select(e => $"'{e.Text}'"))}) fall about a year away at the same time of year: " +
                $"{eventDay.Year} is probably a slip for {likelyYear}. The date is kept as written."),
            primary.Paragraph, written);
    }
}
