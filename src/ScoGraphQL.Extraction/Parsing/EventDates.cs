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
    /// publication time, a date without a year ("On 17 May") takes the publication year, and a date in the year
    /// before publication is preferred over older background dates.
    /// </summary>
    public static (Located Where, DateOnly Date)? FindPrimary(IReadOnlyList<Located> dates, DateTimeOffset? publishedAt)
    {
        (Located, DateOnly)? first = null;
        DateOnly? published = publishedAt is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
        foreach (var located in dates)
        {
            if (located.Paragraph >= LeadParagraphs) break;
            var e = located.Expression;
            if (e.Precision != DatePrecision.Day || e.Qualifier is not (DateQualifier.None or DateQualifier.From)) continue;
            DateOnly date;
            if (e.Date is { } stated) date = stated.Date;
            else if (published is { } reference) date = e.Resolve(reference).Date;
            else continue;

            if (published is not { } pub) return (located, date);
            first ??= (located, date);
            if (date <= pub.AddDays(1) && date >= pub.AddYears(-1)) return (located, date);
        }
        return first;
    }

    /// <summary>Warns when the event lies more than a year before the byline: a news release reports recent events.</summary>
    public static void CheckAgainstPublication(Located primary, DateOnly eventDay, DateTimeOffset? publishedAt, WarningCollector warnings)
    {
        if (publishedAt is not { } p) return;
        var published = DateOnly.FromDateTime(p.UtcDateTime);
        if (eventDay >= published.AddYears(-1)) return;
        warnings.Add(WarningCodes.DateInconsistent,
            string.Create(CultureInfo.InvariantCulture,
                $"The main event is dated '{primary.Expression.Text}', more than a year before the release was published ({published:yyyy-MM-dd}); the year may be wrong. The date is kept as written."),
            primary.Paragraph, primary.Expression.Text);
    }

    /// <summary>
    /// Warns when most dates near the event fall about a year off at the same time of year: the event's year
    /// is then likely a slip ("On 10 March 2020 … will last until 13 March 2021"). The date is kept as written.
    /// </summary>
    public static void CheckYear(Located primary, IReadOnlyList<Located> dates, WarningCollector warnings)
    {
        if (primary.Expression.Date is not { } stated) return; // a year taken from the byline cannot contradict
        var eventDay = stated.Date;
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
