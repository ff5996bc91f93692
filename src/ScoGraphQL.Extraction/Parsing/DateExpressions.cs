using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Finds English date expressions in running text with their spans and precision: "10 March 2020",
/// "November 10, 2020", "15 September, 2020", "April 2021", "in September", "last November", "2021",
/// "the second half of 2021", "until 13 March 2021". Month names within a small edit distance ("Novemebr")
/// are accepted and reported through <see cref="DateExpression.MisspelledMonth"/>. Pure and thread-safe.
/// </summary>
public static partial class DateExpressions
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExactMonths =
        BuildExactMonths().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, DateQualifier> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["until"] = DateQualifier.Until,
        ["till"] = DateQualifier.Until,
        ["through"] = DateQualifier.Until,
        ["since"] = DateQualifier.Since,
        ["before"] = DateQualifier.Before,
        ["after"] = DateQualifier.After,
        ["by"] = DateQualifier.By,
        ["from"] = DateQualifier.From,
    };

    private static readonly Dictionary<string, DateQualifier>.AlternateLookup<ReadOnlySpan<char>> QualifierLookup =
        QualifierWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every date expression in <paramref name="text"/>, in order of position, never overlapping.</summary>
    public static IReadOnlyList<DateExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateExpression>();
        if (text.Length == 0) return found;

        // Every pattern but the month alone needs a digit, and the relative year the word: most paragraphs have
        // neither, and each skipped pattern is a scan of the whole paragraph saved.
        var hasDigit = HasDigit(text);
        var hasYear = text.Contains("year", StringComparison.OrdinalIgnoreCase);
        var hasAgo = text.Contains(" ago", StringComparison.OrdinalIgnoreCase);
        var hasMonth = text.Contains("month", StringComparison.OrdinalIgnoreCase);

        // Most specific first: a later, vaguer pass never claims text an earlier one matched.
        if (hasDigit)
        {
            foreach (Match m in DayMonthYear().Matches(text)) AddDayDate(text, m, found);
            foreach (Match m in MonthDayYear().Matches(text)) AddDayDate(text, m, found);
            foreach (Match m in PartOfYear().Matches(text)) AddPartOfYear(text, m, found);
            foreach (Match m in MonthYear().Matches(text)) AddMonthYear(text, m, found);
            // "from 31 August to 1 September last year": the year said after the days, before the plain days claim them.
            if (hasYear) foreach (Match m in DayMonthRelativeYear().Matches(text)) AddDayDate(text, m, found);
            foreach (Match m in DayMonth().Matches(text)) AddDayDate(text, m, found);
            foreach (Match m in MonthDay().Matches(text)) AddDayDate(text, m, found);
        }
        foreach (Match m in MonthOnly().Matches(text)) AddMonthOnly(text, m, found);
        if (hasAgo) foreach (Match m in Ago().Matches(text)) AddAgo(m, found);
        if (hasMonth) foreach (Match m in RelativeMonth().Matches(text)) AddRelativeMonth(m, found);
        if (hasYear) foreach (Match m in RelativeYear().Matches(text)) AddRelativeYear(m, found);
        if (hasDigit) foreach (Match m in BareYear().Matches(text)) AddBareYear(text, m, found);

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // Any decimal digit, as the patterns' \d matches (not only ASCII).
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// Reads a month name or abbreviation ("September", "Sept", "Sep"); a full name with a small typo
    /// ("Novemebr", "Septmber") is accepted with <paramref name="misspelled"/> set.
    /// </summary>
    public static bool TryParseMonth(ReadOnlySpan<char> word, out int month, out bool misspelled)
    {
        misspelled = false;
        var trimmed = word.TrimEnd('.');
        if (ExactMonths.TryGetValue(trimmed, out month)) return true;

        // Typos rarely hit the first letter, and short words are too easily other words ("Mary", "Jane").
        if (trimmed.Length >= 5)
        {
            var allowed = trimmed.Length >= 8 ? 2 : 1;
            for (var i = 0; i < MonthNames.Length; i++)
            {
                var name = MonthNames[i];
                // Two edits only for long words of about the right length: "Augustus" is a name, not "August".
                if (char.ToUpperInvariant(trimmed[0]) != name[0] || Math.Abs(name.Length - trimmed.Length) > 1) continue;
                if (EditDistance(trimmed, name) <= allowed)
                {
                    month = i + 1;
                    misspelled = true;
                    return true;
                }
            }
        }
        month = 0;
        return false;
    }

    // "10 March 2020", "November 10, 2020", "10-13 March 2021", "30 November – 2 December 2020", and the
    // same without a year ("on 10 March"), which stays unresolved until given a reference date.
    private static void AddDayDate(string text, Match m, List<DateExpression> found)
    {
        var monthGroup = m.Groups["month"];
        if (!TryParseMonth(monthGroup.ValueSpan, out var month, out var misspelled)) return;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        if (year is { } y && !IsPlausibleYear(y)) return;
        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (!IsDayOf(day, month, year)) return;

        int? endMonth = null, endDay = null;
        var misspelling = misspelled ? monthGroup.Value : null;
        var day2 = m.Groups["day2"];
        if (day2.Success)
        {
            var month2Group = m.Groups["month2"];
            var lastMonth = month;
            if (month2Group.Success)
            {
                if (!TryParseMonth(month2Group.ValueSpan, out lastMonth, out var misspelled2)) return;
                if (misspelled2) misspelling ??= month2Group.Value;
            }
            var lastDay = int.Parse(day2.ValueSpan, CultureInfo.InvariantCulture);
            if (!IsDayOf(lastDay, lastMonth, year) || (lastMonth, lastDay).CompareTo((month, day)) <= 0) return;
            (endMonth, endDay) = (lastMonth, lastDay);
        }

        var (qualifier, start) = QualifierBefore(text, m.Index);
        var end = m.Index + m.Length;
        var relAfter = m.Groups["relAfter"];
        TryAdd(found, new DateExpression(start, end, text[start..end], year, month, day, DatePrecision.Day, qualifier,
            relAfter.Success ? RelativeOffset(relAfter.ValueSpan) : null, MisspelledMonth: misspelling, EndMonth: endMonth, EndDay: endDay)
            { RelativeToYear = relAfter.Success });
    }

    // Without a year, 29 February is allowed: the reference year decides later.
    private static bool IsDayOf(int day, int month, int? year) => day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month);

    private static void AddMonthYear(string text, Match m, List<DateExpression> found)
    {
        var monthGroup = m.Groups["month"];
        if (!TryParseMonth(monthGroup.ValueSpan, out var month, out var misspelled)) return;
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (!IsPlausibleYear(year)) return;
        AddQualified(text, m, found, year, month, null, DatePrecision.Month, misspelled ? monthGroup.Value : null);
    }

    private static void AddMonthOnly(string text, Match m, List<DateExpression> found)
    {
        var monthGroup = m.Groups["month"];
        if (!TryParseMonth(monthGroup.ValueSpan, out var month, out var misspelled)) return;
        var relGroup = m.Groups["rel"];
        var partGroup = m.Groups["part"];
        var relAfter = m.Groups["relAfter"];
        int? relative = RelativeOffset(relGroup.ValueSpan) ?? RelativeOffset(relAfter.ValueSpan);
        var qualifier = PartQualifier(partGroup.Value);
        // The span starts at "last"/"early" but not at a plain cue such as "in".
        var start = relGroup.Success ? relGroup.Index : partGroup.Success ? partGroup.Index : monthGroup.Index;
        // "from April to June of last year", "until November this year": the year said after does not hide the cue before.
        if (qualifier == DateQualifier.None && !relGroup.Success)
        {
            (qualifier, start) = QualifierBefore(text, start);
        }
        var end = m.Index + m.Length;
        // "November of last year", "March last year": the calendar year before the reference, not the last March.
        TryAdd(found, new DateExpression(start, end, text[start..end], null, month, null,
            DatePrecision.Month, qualifier, relative, misspelled ? monthGroup.Value : null)
            { RelativeToYear = relAfter.Success });
    }

    private static void AddPartOfYear(string text, Match m, List<DateExpression> found)
    {
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (!IsPlausibleYear(year)) return;
        var qualifier = m.Groups["half"].Value.ToLowerInvariant() switch
        {
            "first" => DateQualifier.FirstHalf,
            "second" => DateQualifier.SecondHalf,
            _ => PartQualifier(m.Groups["part"].Value),
        };
        var start = m.Groups["phrase"].Index;
        var end = m.Index + m.Length;
        TryAdd(found, new DateExpression(start, end, text[start..end], year, null, null, DatePrecision.Year, qualifier));
    }

    private static void AddRelativeYear(Match m, List<DateExpression> found) =>
        TryAdd(found, new DateExpression(m.Index, m.Index + m.Length, m.Value, null, null, null, DatePrecision.Year,
            RelativeYear: RelativeOffset(m.Groups["rel"].ValueSpan)));

    // "next month", "later this month", "the previous month": a month counted from the reference.
    private static void AddRelativeMonth(Match m, List<DateExpression> found) =>
        TryAdd(found, new DateExpression(m.Index, m.Index + m.Length, m.Value, null, null, null, DatePrecision.Month)
            { RelativeMonths = RelativeOffset(m.Groups["rel"].ValueSpan) ?? 0 });

    // "two years ago", "a week ago", "three days ago": counted back from the reference, as precise as the unit.
    private static void AddAgo(Match m, List<DateExpression> found)
    {
        var count = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
            "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var expression = unit switch
        {
            "year" => new DateExpression(m.Index, m.Index + m.Length, m.Value, null, null, null, DatePrecision.Year, RelativeYear: -count) { RelativeToYear = true },
            "month" => new DateExpression(m.Index, m.Index + m.Length, m.Value, null, null, null, DatePrecision.Month) { RelativeMonths = -count },
            _ => new DateExpression(m.Index, m.Index + m.Length, m.Value, null, null, null, DatePrecision.Day) { RelativeDays = -count * (unit == "week" ? 7 : 1) },
        };
        TryAdd(found, expression);
    }

    private static void AddBareYear(string text, Match m, List<DateExpression> found)
    {
        var year = int.Parse(m.ValueSpan, CultureInfo.InvariantCulture);
        if (!IsPlausibleYear(year)) return;
        AddQualified(text, m, found, year, null, null, DatePrecision.Year, null);
    }

    private static void AddQualified(string text, Match m, List<DateExpression> found, int year, int? month, int? day,
        DatePrecision precision, string? misspelledMonth)
    {
        var (qualifier, start) = QualifierBefore(text, m.Index);
        var end = m.Index + m.Length;
        TryAdd(found, new DateExpression(start, end, text[start..end], year, month, day, precision, qualifier,
            MisspelledMonth: misspelledMonth));
    }

    private static void TryAdd(List<DateExpression> found, DateExpression candidate)
    {
        foreach (var existing in found)
        {
            if (candidate.Start < existing.End && existing.Start < candidate.End) return;
        }
        found.Add(candidate);
    }

    private static (DateQualifier Qualifier, int Start) QualifierBefore(string text, int index)
    {
        var word = WordBefore(text, index, out var wordStart);
        return QualifierLookup.TryGetValue(word, out var qualifier) ? (qualifier, wordStart) : (DateQualifier.None, index);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int index, out int wordStart)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        wordStart = start;
        return end == index || start == end ? [] : text.AsSpan(start, end - start);
    }

    // "the current" and "current" mean the same: only the last word decides.
    private static int? RelativeOffset(ReadOnlySpan<char> words)
    {
        var trimmed = words.Trim();
        var last = trimmed[(trimmed.LastIndexOfAny(' ', '\t', '\n') + 1)..];
        if (last.Equals("last", StringComparison.OrdinalIgnoreCase) || last.Equals("previous", StringComparison.OrdinalIgnoreCase)) return -1;
        if (last.Equals("this", StringComparison.OrdinalIgnoreCase) || last.Equals("current", StringComparison.OrdinalIgnoreCase)) return 0;
        if (last.Equals("next", StringComparison.OrdinalIgnoreCase) || last.Equals("coming", StringComparison.OrdinalIgnoreCase)
            || last.Equals("following", StringComparison.OrdinalIgnoreCase)) return 1;
        return null;
    }

    private static DateQualifier PartQualifier(string word) => word.ToLowerInvariant() switch
    {
        "early" or "beginning" or "start" => DateQualifier.Early,
        "mid" or "middle" => DateQualifier.Mid,
        "late" or "end" => DateQualifier.Late,
        _ => DateQualifier.None,
    };

    private static bool IsPlausibleYear(int year) => year is >= 1800 and <= 2199;

    private static Dictionary<string, int> BuildExactMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Sept"] = 9 };
        for (var i = 0; i < MonthNames.Length; i++)
        {
            months[MonthNames[i]] = i + 1;
            months[MonthNames[i][..3]] = i + 1;
        }
        return months;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.</summary>
    private static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    best = Math.Min(best, previous2[j - 2] + 1);
                }
                current[j] = best;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }

    // Day ranges ("10-13 March", "10 to 13 March", "30 November – 2 December") use day2/month2.
    private const string DayMonthCore =
        @"(?<![\d/.])(?<day>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[–—-]\s*|\s+(?:to|and)\s+)(?<day2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?<month>[JFMASOND]\p{Ll}{2,10})(?:(?:\s*[–—-]\s*|\s+(?:to|and)\s+)(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?<month2>[JFMASOND]\p{Ll}{2,10}))?";

    private const string MonthDayCore =
        @"\b(?<month>[JFMASOND]\p{Ll}{2,10})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[–—-]\s*|\s+(?:to|and)\s+)(?<day2>\d{1,2})(?:st|nd|rd|th)?)?";

    [GeneratedRegex(DayMonthCore + @"\.?,?\s+(?<year>\d{4})(?![\d/])")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(DayMonthCore + @"(?:\s+of)?\s+(?<relAfter>this|last|next)\s+year\b")]
    private static partial Regex DayMonthRelativeYear();

    [GeneratedRegex(@"\b(?:(?:later|earlier)\s+)?(?<rel>this|next|last|the\s+following|the\s+previous|the\s+coming)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>day|week|month|year)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(MonthDayCore + @",?\s+(?<year>\d{4})(?![\d/])")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(DayMonthCore + @"\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(MonthDayCore + @"(?![\d/])")]
    private static partial Regex MonthDay();

    // The words sit in a lookbehind so the search runs from the year's digits, which are rare, not from
    // every "the"/"end"/"mid", which are everywhere.
    [GeneratedRegex(@"(?<=\b(?<phrase>(?:the\s+)?(?<half>first|second)\s+half\s+of|(?:the\s+)?(?<part>beginning|start|middle|end)\s+of|(?<part>early|mid|late))[\s-]+)(?<year>\d{4})(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?<month>[JFMASOND]\p{Ll}{2,10})\.?,?\s+(?<year>\d{4})(?![\d/])")]
    private static partial Regex MonthYear();

    // A bare month name is a date only with a cue ("in May", "last November", "November this year"):
    // otherwise "May" and "March" are verbs and "August" a name. The cue sits in a lookbehind so the search
    // runs from capital month initials, not from every "in" and "of".
    // "from September to November of last year": a month range takes the year said after its last month.
    [GeneratedRegex(@"(?<=\b(?:(?<rel>(?i:last|next|this))\s+|(?<part>(?i:early|mid|late))[\s-]+|(?i:in|on|by|since|until|till|from|of|for|during|before|after|through|throughout|to|and|end\s+of|beginning\s+of)\s+))(?<month>[JFMASOND]\p{Ll}{2,10})\b(?:(?:(?:\s+to\s+|\s*[–—-]\s*)[JFMASOND]\p{Ll}{2,10}\b)?(?:\s+of)?\s+(?<relAfter>this|last|next)\s+year\b)?|\b(?<month>[JFMASOND]\p{Ll}{2,10})(?:\s+of)?\s+(?<relAfter>this|last|next)\s+year\b")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<rel>this|last|next|the\s+current|the\s+previous|the\s+coming)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"(?<![\d/.:©\p{L}])\d{4}(?![\d/]|\.\d|(?:st|nd|rd|th)\b)")]
    private static partial Regex BareYear();
}
