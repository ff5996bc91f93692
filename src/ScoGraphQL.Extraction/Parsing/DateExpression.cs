using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// One date found in a text: <c>text[Start..End]</c> is <see cref="Text"/>, including a qualifier such as "until"
/// or "the second half of" but not a plain "on"/"in". <see cref="Year"/> is null when the text names only a month
/// ("in September", "last November"): use <see cref="Resolve"/> with the release's own date.
/// </summary>
/// <param name="RelativeYear">-1 for "last …", 0 for "this …"/"… this year", +1 for "next …"; null when not relative.</param>
/// <param name="MisspelledMonth">The month word as written when it is a misspelling ("Novemebr"); null otherwise.</param>
/// <param name="EndMonth">Last month of a day range ("10-13 March", "30 November – 2 December"); null otherwise.</param>
/// <param name="EndDay">Last day of a day range; null otherwise.</param>
public sealed record DateExpression(
    int Start,
    int End,
    string Text,
    int? Year,
    int? Month,
    int? Day,
    DatePrecision Precision,
    DateQualifier Qualifier = DateQualifier.None,
    int? RelativeYear = null,
    string? MisspelledMonth = null,
    int? EndMonth = null,
    int? EndDay = null)
{
    public int Length => End - Start;

    /// <summary>
    /// True when the relative word is said of the year ("November of last year", "March last year"): the calendar year
    /// before or after the reference. False for "last November", the most recent November.
    /// </summary>
    public bool RelativeToYear { get; init; }

    /// <summary>Months counted from the reference ("next month" +1, "two months ago" -2); null when not said so.</summary>
    public int? RelativeMonths { get; init; }

    /// <summary>Days counted from the reference ("a week ago" -7); null when not said so.</summary>
    public int? RelativeDays { get; init; }

    /// <summary>True when the text itself gives the year.</summary>
    public bool IsResolved => Year is not null;

    /// <summary>The date as the text states it; null when the year must come from context.</summary>
    public PartialDate? Date => Year is { } year ? Build(year) : null;

    /// <summary>True for a day range such as "10-13 March 2021": <see cref="Date"/> is its first day.</summary>
    public bool IsRange => EndDay is not null;

    /// <summary>Last day of a range whose year the text gives; null otherwise.</summary>
    public PartialDate? EndDate => Year is { } year && EndMonth is { } m && EndDay is { } d ? PartialDate.Day(year, m, d) : null;

    /// <summary>
    /// The date, taking a missing year from <paramref name="reference"/> (usually the release's event or publication
    /// date): "last November" seen in September 2020 is November 2019, "in September" is the reference year.
    /// </summary>
    public PartialDate Resolve(DateOnly reference)
    {
        if (Year is { } year) return Build(year);
        if (RelativeDays is { } days)
        {
            var day = reference.AddDays(days);
            return PartialDate.Day(day.Year, day.Month, day.Day);
        }
        if (RelativeMonths is { } months)
        {
            var month = reference.AddMonths(months);
            return PartialDate.Month(month.Year, month.Month);
        }
        var resolved = (RelativeYear, Month) switch
        {
            ({ } offset, _) when RelativeToYear => reference.Year + offset,
            (-1, { } m) => m < reference.Month ? reference.Year : reference.Year - 1,
            (1, { } m) => m > reference.Month ? reference.Year : reference.Year + 1,
            ({ } offset, null) => reference.Year + offset,
            _ => reference.Year,
        };
        return Build(resolved);
    }

    private PartialDate Build(int year) => Precision switch
    {
        // 29 February resolved into a common year becomes the 28th rather than an exception.
        DatePrecision.Day when Month is { } m && Day is { } d => PartialDate.Day(year, m, Math.Min(d, DateTime.DaysInMonth(year, m))),
        DatePrecision.Month when Month is { } m => PartialDate.Month(year, m),
        _ => PartialDate.Year(year),
    };
}
