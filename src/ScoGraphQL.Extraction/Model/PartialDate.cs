namespace ScoGraphQL.Extraction.Model;

/// <summary>A calendar date known to a given precision; the unknown parts are the first of the month/year.</summary>
public readonly record struct PartialDate(DateOnly Date, DatePrecision Precision)
{
    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>Reduced-precision ISO 8601: 2021-09-15, 2021-09 or 2021.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
