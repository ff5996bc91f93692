using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Meetings, summits, sessions, dialogues, games, operations and themed weeks or years that the text dates:
/// a trigger word and the nearest date of its sentence, with place ("in Dushanbe", "(Moscow, 10 November 2020)"),
/// format ("via videoconference") and the body that meets. "until 13 March" ends an event already started.
/// The key is the meeting body (or the event's own name) plus its month, so releases that report the same
/// summit on "10 November 2020" and "in November this year" share one event.
/// </summary>
internal sealed partial class EventRecogniser : IRecogniser
{
    private static readonly Dictionary<string, string> Triggers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["meeting"] = "meeting", ["meetings"] = "meeting", ["summit"] = "meeting", ["session"] = "meeting",
        ["talks"] = "meeting", ["conference"] = "conference", ["dialogue"] = "dialogue", ["consultations"] = "dialogue",
        ["game"] = "game", ["operation"] = "operation", ["exercise"] = "exercise", ["exercises"] = "exercise",
        ["week"] = "week", ["celebrations"] = "celebrations", ["event"] = "event", ["forum"] = "forum",
    };

    private const int MaxDistance = 20;

    public void Apply(ReleaseDocument document)
    {
        document.Reference ??= ReferenceDate(document);
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences) Recognise(document, paragraph, sentence);
        }
        var primary = document.Entities.Where(e => e.Kind == EntityKind.Event && e.StartDate is { Precision: DatePrecision.Day })
            .OrderBy(e => e.FirstSeen).FirstOrDefault();
        if (primary is not null) primary.IsPrimary = true;
    }

    private sealed record Trigger(int Token, string Label);

    private static void Recognise(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence)
    {
        var tokens = paragraph.Tokens;
        var inSentence = tokens.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).ToList();
        if (inSentence.Count == 0) return;
        var triggers = new List<Trigger>();
        foreach (var t in inSentence)
        {
            if (!Triggers.TryGetValue(t.Text, out var label)) continue;
            if (paragraph.IsClaimed(t.Index, t.Index + 1, ClaimKind.Organization, ClaimKind.Document)) continue;
            // A generic "event" counts only as a "joint event"; a capitalised "Week" only as a named one.
            if (label == "event" && (t.Index == 0 || tokens[t.Index - 1].Lower != "joint")) continue;
            if (label == "week" && !t.IsCapitalised) continue;
            triggers.Add(new Trigger(t.Index, label));
        }
        var year = YearOf(paragraph, inSentence);
        if (year is not null) triggers.Add(year);
        if (triggers.Count == 0) return;

        var dates = paragraph.Dates
            .Where(d => d.Start >= sentence.Start && d.End <= sentence.End && !InDocument(paragraph, d) && !IsPublication(paragraph, d))
            .Select(d => (Expression: (DateExpression?)d, d.Start, d.End, Season: (PartialDate?)null))
            .ToList();
        foreach (Match season in Season().Matches(paragraph.Text[sentence.Start..sentence.End]))
        {
            var offset = season.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            if (document.Reference is { } reference)
                dates.Add((null, sentence.Start + season.Index, sentence.Start + season.Index + season.Length, PartialDate.Year(reference.Year + offset)));
        }

        var framed = FrameDate(paragraph, sentence, dates.Select(d => d.Start).ToList());
        var used = new HashSet<int>();
        foreach (var trigger in triggers)
        {
            var position = tokens[trigger.Token].Start;
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var d = 0; d < dates.Count; d++)
            {
                if (used.Contains(d)) continue;
                var distance = TokenDistance(tokens, position, dates[d].Start);
                var isFrame = framed == dates[d].Start && trigger == triggers[0];
                if (!isFrame && distance > MaxDistance) continue;
                if (isFrame) distance = 0;
                if (distance < bestDistance) (best, bestDistance) = (d, distance);
            }
            PartialDate? start = null;
            var until = false;
            if (best >= 0)
            {
                var chosen = dates[best];
                used.Add(best);
                if (chosen.Expression is { } expression)
                {
                    start = document.Reference is { } reference ? expression.Resolve(reference) : expression.Date;
                    until = expression.Qualifier == DateQualifier.Until;
                }
                else start = chosen.Season;
            }
            AddEvent(document, paragraph, sentence, trigger, start, until, best >= 0 ? dates[best].Start : -1);
        }
    }

    private static void AddEvent(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence, Trigger trigger,
        PartialDate? date, bool until, int dateOffset)
    {
        var tokens = paragraph.Tokens;
        var subjects = Subjects(paragraph, sentence, trigger.Token);
        var proper = ProperName(paragraph, trigger);
        if (date is null)
        {
            var upcoming = trigger.Token > 0 && tokens[trigger.Token - 1].Lower is "upcoming" or "forthcoming" or "ongoing";
            if (proper is null && !(trigger.Label == "celebrations" && upcoming)) return;
            if (trigger.Label is "year" or "celebrations" && document.Reference is { } reference) date = PartialDate.Year(reference.Year);
        }
        if (until)
        {
            // "The meeting … will last until 13 March 2021": the end of an event this release already started.
            var open = document.Entities.Where(e => e.Kind == EntityKind.Event && e.StartDate is not null && e.EndDate is null
                && (subjects.Count == 0 || e.ParticipantKeys.Contains(subjects[0]!.Key))).OrderBy(e => e.FirstSeen).FirstOrDefault();
            if (open is not null)
            {
                open.EndDate = date;
                CheckDuration(document, paragraph, open, dateOffset);
                return;
            }
        }
        if (subjects.Count == 0) subjects.Add(null);
        foreach (var subject in subjects)
        {
            var label = trigger.Label == "year" ? "" : trigger.Label;
            var name = subject is not null ? $"{subject.Name} {label}"
                : proper ?? $"{Capitalise(label)} of {Text.Collapse(paragraph.Original[sentence.Start..sentence.End]).Split(' ').Take(6).Aggregate((a, b) => a + " " + b)}";
            var keyDate = date is { } d ? (subject is not null || proper is not null ? KeyDate(d) : d.ToString()) : "";
            var draft = document.Entity(EntityKind.Event, Text.Collapse($"{name} {keyDate}"));
            draft.StartDate ??= date;
            if (subject is not null) draft.AddParticipant(subject.Key);
            var place = Place(paragraph, sentence, dateOffset);
            if (place is not null) draft.PlaceKey ??= place.Key;
            var format = Format(paragraph.Text[sentence.Start..sentence.End]);
            if (draft.Format == EventFormat.Unknown) draft.Format = format;
            document.Mention(draft, paragraph, trigger.Token, trigger.Token + 1, asAlias: false);
            paragraph.Claims.Add(new Claim(ClaimKind.Event, trigger.Token, trigger.Token + 1, draft));
        }
    }

    private static void CheckDuration(ReleaseDocument document, Paragraph paragraph, EntityDraft open, int dateOffset)
    {
        if (open.StartDate is not { } start || open.EndDate is not { } end) return;
        if (end.Date.Year == start.Date.Year && end.Date >= start.Date) return;
        if (end.Date.DayNumber - start.Date.DayNumber is > 0 and <= 62) return;
        var text = dateOffset >= 0 ? paragraph.Dates.FirstOrDefault(d => d.Start == dateOffset)?.Text : null;
        document.Warnings.Add(new DataQualityWarning(WarningCodes.DateInconsistent,
            $"The event starts on {start} but is said to last until {end}: the years disagree, one of them is probably a typo.",
            paragraph.Index, text));
    }

    /// <summary>The body that meets: "meeting(s) of the X (and Y)", else the nearest body named before the trigger.</summary>
    private static List<EntityDraft?> Subjects(Paragraph paragraph, (int Start, int End) sentence, int trigger)
    {
        var tokens = paragraph.Tokens;
        var result = new List<EntityDraft?>();
        var i = trigger + 1;
        if (i < tokens.Count && tokens[i].Lower == "of")
        {
            i++;
            while (i < tokens.Count && tokens[i].Start < sentence.End)
            {
                if (tokens[i].Lower == "the") { i++; continue; }
                var claim = paragraph.ClaimAt(i, ClaimKind.Organization);
                if (claim?.Entity is null) break;
                result.Add(claim.Entity);
                i = claim.EndToken;
                if (i < tokens.Count && tokens[i].Lower == "and") i++;
                else break;
            }
            if (result.Count > 0) return result;
        }
        var before = paragraph.Claims
            .Where(c => c.Kind == ClaimKind.Organization && c.Entity is not null && c.EndToken <= trigger
                && tokens[c.StartToken].Start >= sentence.Start
                && !(c.StartToken > 0 && tokens[c.StartToken - 1].Lower is "at" or "by" or "in" or "from")
                && !(c.StartToken > 1 && tokens[c.StartToken - 1].Lower == "the" && tokens[c.StartToken - 2].Lower is "at" or "by" or "in" or "from")
                && !paragraph.IsClaimed(c.StartToken, c.EndToken, ClaimKind.Role))
            .OrderByDescending(c => c.EndToken - c.StartToken).ThenBy(c => c.StartToken)
            .FirstOrDefault();
        if (before?.Entity is { } org && !(org.Name == OrganizationSignature.Sco && trigger - before.EndToken > 3)) result.Add(org);
        return result;
    }

    /// <summary>"joint operation Spider Web", "UN Virtual Counter-Terrorism Week", "the Year of SCO Culture".</summary>
    private static string? ProperName(Paragraph paragraph, Trigger trigger)
    {
        var tokens = paragraph.Tokens;
        var t = trigger.Token;
        if (trigger.Label == "operation")
        {
            var end = t + 1;
            while (end < tokens.Count && tokens[end].IsCapitalised && tokens[end].GapBefore == Gap.Space && !tokens[end].IsAcronym) end++;
            return end > t + 1 ? "Operation " + paragraph.Slice(t + 1, end) : null;
        }
        if (trigger.Label == "year")
        {
            var end = t + 2;
            while (end < tokens.Count && (tokens[end].IsCapitalised) && tokens[end].GapBefore is Gap.Space or Gap.Hyphen) end++;
            return paragraph.Slice(t, end);
        }
        if (tokens[t].IsCapitalised && trigger.Label is "week" or "forum" or "conference")
        {
            var start = t;
            while (start > 0 && tokens[start - 1].IsCapitalised && tokens[start].GapBefore is Gap.Space or Gap.Hyphen
                   && !Words.CapitalisedStopWords.Contains(tokens[start - 1].Text)) start--;
            return start < t ? paragraph.Slice(start, t + 1) : null;
        }
        return null;
    }

    /// <summary>"the Year of SCO Culture": a themed year is an event of that year.</summary>
    private static Trigger? YearOf(Paragraph paragraph, List<Token> inSentence)
    {
        foreach (var t in inSentence)
        {
            if (t.Text == "Year" && t.Index + 2 < paragraph.Tokens.Count && paragraph.Tokens[t.Index + 1].Lower == "of" && paragraph.Tokens[t.Index + 2].IsCapitalised)
                return new Trigger(t.Index, "year");
        }
        return null;
    }

    private static EntityDraft? Place(Paragraph paragraph, (int Start, int End) sentence, int dateOffset)
    {
        var tokens = paragraph.Tokens;
        foreach (var claim in paragraph.Claims.Where(c => c.Kind == ClaimKind.Place && c.Entity is { CountryKey: not null }))
        {
            var start = tokens[claim.StartToken].Start;
            if (start < sentence.Start || start >= sentence.End) continue;
            if (claim.StartToken > 0 && tokens[claim.StartToken - 1].Lower == "in") return claim.Entity;
            // "(Moscow, 10 November 2020)"
            if (dateOffset >= 0 && paragraph.Text[Math.Max(0, start - 1)] == '(' && dateOffset > start && dateOffset - tokens[claim.EndToken - 1].End <= 3) return claim.Entity;
        }
        return null;
    }

    private static EventFormat Format(string sentence)
    {
        if (Hybrid().IsMatch(sentence)) return EventFormat.Hybrid;
        if (Video().IsMatch(sentence)) return EventFormat.Videoconference;
        if (Online().IsMatch(sentence)) return EventFormat.Online;
        if (InPerson().IsMatch(sentence)) return EventFormat.InPerson;
        return EventFormat.Unknown;
    }

    /// <summary>"On 10 March 2020, the Council … began a meeting": a sentence-initial date frames the whole sentence.</summary>
    private static int FrameDate(Paragraph paragraph, (int Start, int End) sentence, List<int> dateStarts)
    {
        foreach (var start in dateStarts)
        {
            var before = paragraph.Text[sentence.Start..start].Trim();
            if (before is "On" or "In" or "on" or "in" or "") return start;
        }
        return -1;
    }

    private static bool InDocument(Paragraph paragraph, DateExpression date) =>
        paragraph.Claims.Any(c => c.Kind == ClaimKind.Document && paragraph.Tokens[c.StartToken].Start <= date.Start && paragraph.Tokens[c.EndToken - 1].End >= date.End);

    // "the report … released in September 2020": the date of a document, not of a meeting.
    private static bool IsPublication(Paragraph paragraph, DateExpression date) =>
        Publication().IsMatch(paragraph.Text[Math.Max(0, date.Start - 25)..date.Start]);

    private static int TokenDistance(IReadOnlyList<Token> tokens, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        return tokens.Count(t => t.Start >= from && t.Start < to);
    }

    private static string KeyDate(PartialDate date) => date.Precision == DatePrecision.Year
        ? date.Date.Year.ToString(CultureInfo.InvariantCulture)
        : date.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Capitalise(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    /// <summary>Where relative dates are read from: the byline, else the release's own dates.</summary>
    private static DateOnly? ReferenceDate(ReleaseDocument document)
    {
        if (document.Release.PublishedAt is { } published) return DateOnly.FromDateTime(published.Date);
        var days = document.Paragraphs.SelectMany(p => p.Dates.Where(d => d.Date is { Precision: DatePrecision.Day } && !InDocument(p, d)).Select(d => d.Date!.Value.Date)).ToList();
        if (days.Count == 0) return document.Release.EventDate;
        var first = days[0];
        var latest = days.Max();
        // A release about March 2020 that otherwise speaks of March 2021 was written in 2021: the first year is the typo.
        return latest.Year == first.Year + 1 && latest.DayNumber - first.DayNumber < 400 ? new DateOnly(latest.Year, first.Month, first.Day) : first;
    }

    [GeneratedRegex(@"\b(?<rel>this|last|next)\s+(?:summer|spring|autumn|fall|winter)(?:'s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:released|published|signed|dated|issued)\s+(?:on|in)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Publication();

    [GeneratedRegex(@"online and offline|offline and online|hybrid|in person and online", RegexOptions.IgnoreCase)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"video\s?conferenc\w*|video link|videolink|video-link", RegexOptions.IgnoreCase)]
    private static partial Regex Video();

    [GeneratedRegex(@"\bonline\b|\bvirtual(ly)?\b|\bremotely\b", RegexOptions.IgnoreCase)]
    private static partial Regex Online();

    [GeneratedRegex(@"\bin person\b|\bface-to-face\b|\bin-person\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPerson();
}
