using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Knowledge;
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
    private const int MaxDistance = 20;

    public void Apply(ReleaseDocument document)
    {
        document.Reference ??= ReferenceDate(document);
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences) Recognise(document, paragraph, sentence);
        }
        HeadlineCity(document);
        var primary = document.Entities.Where(e => e.Kind == EntityKind.Event && e.StartDate is { Precision: DatePrecision.Day })
            .OrderBy(e => e.FirstSeen).FirstOrDefault();
        if (primary is not null) primary.IsPrimary = true;
    }

    /// <summary>
    /// "SCO Tourism and Culture Fair opens in Xi'an", "… speaks at UN Security Council briefing in New York": the headline
    /// names the city of the event its word names, when the body held it only at a venue or said the city in another sentence.
    /// </summary>
    private static void HeadlineCity(ReleaseDocument document)
    {
        var kb = document.Kb;
        var tokens = document.Title.Tokens;
        foreach (var (start, _, entry) in kb.Places.Scan(tokens, t => t.IsCapitalised && !t.IsAcronym))
        {
            if (start < 2 || tokens[start - 1].Lower != "in") continue;
            var key = EntityKeys.For(EntityKind.Place, entry.Name);
            if (document.Find(key) is null) continue;
            var label = tokens.Take(start - 1).Select(t => TriggerLabel(kb, tokens, t)).LastOrDefault(l => l is not null);
            if (label is null) continue;
            var named = document.Entities.Where(e => e.Kind == EntityKind.Event && e.EventLabel == label && e.StartDate is not null)
                .MinBy(e => e.FirstSeen);
            if (named is { PlaceKey: null }) named.PlaceKey = key;
            return;
        }
    }

    /// <param name="Subject">The body that meets, when the words that found the trigger already name it.</param>
    private sealed record Trigger(int Token, string Label, EntityDraft? Subject = null);

    private static string? TriggerLabel(KnowledgeBase kb, IReadOnlyList<Token> tokens, Token t)
    {
        if (!kb.EventTriggers.TryGetValue(t.Text, out var candidates)) return null;
        foreach (var candidate in candidates)
        {
            var before = candidate.Before;
            if (t.Index < before.Count) continue;
            var matches = true;
            for (var i = 0; i < before.Count && matches; i++)
                matches = string.Equals(tokens[t.Index - before.Count + i].Text, before[i], StringComparison.OrdinalIgnoreCase);
            if (matches) return candidate.Label;
        }
        return null;
    }

    private static void Recognise(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence)
    {
        var tokens = paragraph.Tokens;
        var inSentence = tokens.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).ToList();
        if (inSentence.Count == 0) return;
        var triggers = new List<Trigger>();
        var kb = KnowledgeBase.Instance;
        // "The festival will run until 16 September": the word refers back, and the date ends what it refers to.
        var endsSomething = paragraph.Dates.Any(d => d.Start >= sentence.Start && d.End <= sentence.End && d.Qualifier == DateQualifier.Until);
        // "On the first day of the Forum": the event named there dates another one, it is not one of its own.
        var daysOf = DayOf().Matches(paragraph.Text[sentence.Start..sentence.End]).Select(m => (Start: sentence.Start + m.Index, End: sentence.Start + m.Index + m.Length)).ToList();
        foreach (var t in inSentence)
        {
            if (daysOf.Any(d => t.Start >= d.Start && t.End <= d.End)) continue;
            if (AdoptedBy(paragraph, t) is { } council)
            {
                triggers.Add(new Trigger(t.Index, "meeting", council));
                continue;
            }
            var label = TriggerLabel(kb, tokens, t);
            // "… Shavkat Mirziyoyev received in Tashkent …": a reception, said of a named person.
            if (label is null && kb.EventVerbsAfterPerson.TryGetValue(t.Text, out var verbLabel)
                && paragraph.Claims.Any(c => c.Kind == ClaimKind.PersonName && c.EndToken == t.Index)) label = verbLabel;
            // "… the expert group will meet in Bishkek in May": a gathering wherever the subject is not a recognised body.
            if (label is null && kb.EventVerbsBeforeCity.TryGetValue(t.Text, out var cityVerbLabel) && t.Index + 2 < tokens.Count
                && tokens[t.Index + 1].Lower == "in" && paragraph.ClaimAt(t.Index + 2, ClaimKind.Place)?.Entity is { CountryKey: not null }) label = cityVerbLabel;
            // "a fair world order", "the course of the talks": an adjective or an idiom, not the event word.
            if (label is not null && kb.EventNounOnly.TryGetValue(t.Text, out var followers)
                && !(t.Index > 0 && tokens[t.Index - 1].Lower == "training") && t.Index + 1 < tokens.Count && tokens[t.Index + 1].GapBefore == Gap.Space
                && tokens[t.Index + 1].Start < sentence.End && !followers.Contains(tokens[t.Index + 1].Text)) continue;
            // "the opening ceremony", "the closing ceremony": a part of the event the release reports, not one of its own.
            if (label == "ceremony" && t.Index > 0 && tokens[t.Index - 1].Lower is "opening" or "closing") continue;
            // "dialogue partner": a status, not an event.
            if (label is not null && t.Index + 1 < tokens.Count && kb.EventNotBefore.Contains(tokens[t.Index + 1].Text)) continue;
            // "valued the SCO as a forum for …": what a body is, not a gathering.
            if (label is not null && t.Index >= 2 && tokens[t.Index - 2].Lower == "as" && tokens[t.Index - 1].Lower is "a" or "an") continue;
            if (label is null)
            {
                // "The SCO Council of Foreign Ministers met in Tashkent on …": a body that meets.
                // "Secretary-General … Dmitry Vinogradov met with …": a person who meets someone.
                if (t.Lower != "met" || !paragraph.Claims.Any(c => c.Kind == ClaimKind.Organization && c.EndToken == t.Index
                    || c.Kind == ClaimKind.PersonName && c.EndToken == t.Index && MetWith(paragraph, t.Index))) continue;
                label = "meeting";
            }
            // "SCO Forum" is a body; "… Statement on the Meeting …" a title; a lower-case "operation" inside a report's title is still an operation.
            if (paragraph.IsClaimed(t.Index, t.Index + 1, ClaimKind.Organization) && !IsHeldBody(paragraph, t.Index)) continue;
            if (t.IsCapitalised && paragraph.IsClaimed(t.Index, t.Index + 1, ClaimKind.Document)) continue;
            // "Opening the meeting, …", "At the end of the meeting": the event this release already reported, not another one.
            if (!endsSomething && IsAnaphora(document, tokens, t, label)) continue;
            // A generic "event" counts only as a "joint event"; a capitalised "Week" only as a named one.
            // "a high-level event on UN–SCO cooperation" is one too.
            if (label == "event" && (t.Index == 0 || !(tokens[t.Index - 1].Lower == "joint"
                || t.Index >= 2 && tokens[t.Index - 1].Lower == "level" && tokens[t.Index - 1].GapBefore == Gap.Hyphen && tokens[t.Index - 2].Lower == "high"))) continue;
            if (label == "week" && !t.IsCapitalised) continue;
            // "joined via videoconference": how someone took part, not a videoconference of its own.
            if (label == "videoconference" && t.Index > 0 && tokens[t.Index - 1].Lower is "via" or "by" or "through" or "per") continue;
            triggers.Add(new Trigger(t.Index, label));
        }
        var year = YearOf(paragraph, inSentence);
        if (year is not null) triggers.Add(year);
        if (triggers.Count == 0)
        {
            EndOfPrevious(document, paragraph, sentence);
            return;
        }

        var dates = paragraph.Dates
            .Where(d => d.Start >= sentence.Start && d.End <= sentence.End && !IsBound(d) && !InDocument(paragraph, d) && !IsPublication(paragraph, d) && !InName(paragraph, d)
                && !InYearRange(paragraph.Text, d))
            .Select(d => (Expression: (DateExpression?)d, d.Start, d.End, Season: (PartialDate?)null, Anchor: (EntityDraft?)null))
            .ToList();
        foreach (Match season in Season().Matches(paragraph.Text[sentence.Start..sentence.End]))
        {
            var offset = season.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            if (document.Reference is { } reference)
                dates.Add((null, sentence.Start + season.Index, sentence.Start + season.Index + season.Length, PartialDate.Year(reference.Year + offset), null));
        }
        foreach (Match day in SameDay().Matches(paragraph.Text[sentence.Start..sentence.End]))
        {
            // "On the same day, … held talks with …": the day of the last single-day event before this sentence, and its city.
            // "the day before": before the day the release reports, its first event.
            var before = day.Groups["which"].Value.ToLowerInvariant() is "before" or "previous" or "preceding";
            var earlier = document.Entities
                .Where(e => e.Kind == EntityKind.Event && e.StartDate is { Precision: DatePrecision.Day } && e.FirstSeen.CompareTo((paragraph.Index, sentence.Start)) < 0)
                .ToList();
            // A single-day event first; "opened on the same day" after a festival of several days means its first day.
            var candidates = earlier.Any(e => e.EndDate is null) ? earlier.Where(e => e.EndDate is null) : earlier;
            var anchor = before ? candidates.MinBy(e => e.FirstSeen) : candidates.MaxBy(e => e.FirstSeen);
            if (anchor?.StartDate is not { } anchorDate) continue;
            var shift = day.Groups["which"].Value.ToLowerInvariant() switch { "same" => 0, "next" or "following" => 1, _ => -1 };
            var shifted = anchorDate.Date.AddDays(shift);
            var date = PartialDate.Day(shifted.Year, shifted.Month, shifted.Day);
            dates.Add((null, sentence.Start + day.Index, sentence.Start + day.Index + day.Length, date, anchor));
        }
        foreach (Match day in DayOf().Matches(paragraph.Text[sentence.Start..sentence.End]))
        {
            // "On the first day of the Forum, a business round table …": a day of the event of several days reported before. Only
            // as the sentence's frame: "the final was held on the last day of the forum" is a part of the forum itself.
            var spanning = document.Entities.Where(e => e.Kind == EntityKind.Event && e.StartDate is { Precision: DatePrecision.Day } && e.EndDate is { Precision: DatePrecision.Day }
                && e.FirstSeen.CompareTo((paragraph.Index, sentence.Start)) < 0).MinBy(e => e.FirstSeen);
            if (spanning is not { StartDate: { } first, EndDate: { } last }) continue;
            var which = day.Groups["which"].Value.ToLowerInvariant();
            var date = which is "last" or "final" or "closing" ? last.Date
                : first.Date.AddDays(which switch { "second" => 1, "third" => 2, _ => 0 });
            if (date > last.Date) continue;
            dates.Add((null, sentence.Start + day.Index, sentence.Start + day.Index + day.Length, PartialDate.Day(date.Year, date.Month, date.Day), null));
        }
        foreach (Match during in DuringPeriod().Matches(paragraph.Text[sentence.Start..sentence.End]))
        {
            // "… an exhibition in Paris during the International Year": the year of the themed year named before.
            var period = during.Groups["period"].Value;
            var themed = document.Entities.FirstOrDefault(e => e.Kind == EntityKind.Event && e.StartDate is not null
                && e.Name.StartsWith(period, StringComparison.OrdinalIgnoreCase) && e.FirstSeen.CompareTo((paragraph.Index, sentence.Start)) < 0);
            if (themed?.StartDate is { } themedYear)
                dates.Add((null, sentence.Start + during.Index, sentence.Start + during.Index + during.Length, themedYear, null));
        }

        var framed = FrameDate(paragraph, sentence, dates.Select(d => d.Start).ToList());
        // Each date goes to one trigger: nearest first, and a vague "this year" loses to "in September".
        var pairs = new List<(int Trigger, int Date, int Score)>();
        for (var t = 0; t < triggers.Count; t++)
        {
            var position = tokens[triggers[t].Token].Start;
            for (var d = 0; d < dates.Count; d++)
            {
                var distance = TokenDistance(paragraph, position, dates[d].Start);
                if (framed == dates[d].Start && t == 0) distance = 0;
                else if (HeldOn(paragraph, triggers, t, dates[d].Start)) distance = 1;
                else if (distance > MaxDistance) continue;
                var vagueness = dates[d].Expression is { Precision: DatePrecision.Year } e ? (e.Year is null ? 15 : 5) : dates[d].Season is not null ? 15 : 0;
                pairs.Add((t, d, distance + vagueness));
            }
        }
        var dateOf = new Dictionary<int, int>();
        var usedDates = new HashSet<int>();
        foreach (var (t, d, _) in pairs.OrderBy(p => p.Score))
        {
            if (dateOf.ContainsKey(t) || usedDates.Contains(d)) continue;
            dateOf[t] = d;
            usedDates.Add(d);
        }
        // "… will be held in September in New York, on the sidelines of the 82nd session of the UN General Assembly": the
        // occasion is held when and where the event on its sidelines is.
        // "… had been held in Qingdao in June 2018, shortly after the SCO summit in the city": near in time, so the same month.
        var sameMonth = new HashSet<int>();
        for (var t = 1; t < triggers.Count; t++)
        {
            if (dateOf.ContainsKey(t) || !dateOf.TryGetValue(t - 1, out var host)) continue;
            if (OnTheSidelines(paragraph.Text, tokens[triggers[t].Token].Start)) dateOf[t] = host;
            else if (ShortlyAfter().IsMatch(paragraph.Text.AsSpan(Math.Max(0, tokens[triggers[t].Token].Start - 40), Math.Min(40, tokens[triggers[t].Token].Start))))
            {
                dateOf[t] = host;
                sameMonth.Add(t);
            }
        }
        // "… a high-level event on the margins of the 82nd session of the UN General Assembly in September": the session took
        // the date, nearer to it, and the occasion on its margins is held then too.
        for (var t = 0; t + 1 < triggers.Count; t++)
        {
            if (!dateOf.ContainsKey(t) && dateOf.TryGetValue(t + 1, out var session) && triggers[t + 1].Token > triggers[t].Token
                && OnTheSidelines(paragraph.Text, tokens[triggers[t + 1].Token].Start)) dateOf[t] = session;
        }
        var dateStartOf = dateOf.ToDictionary(p => p.Key, p => dates[p.Value].Start);
        for (var t = 0; t < triggers.Count; t++)
        {
            PartialDate? start = null;
            PartialDate? rangeEnd = null;
            var until = false;
            var best = dateOf.GetValueOrDefault(t, -1);
            if (best >= 0)
            {
                var chosen = dates[best];
                if (chosen.Expression is { } expression)
                {
                    start = document.Reference is { } reference ? Resolve(expression, reference, paragraph.Text[sentence.Start..sentence.End], expression.Start - sentence.Start) : expression.Date;
                    until = expression.Qualifier == DateQualifier.Until;
                    // "28-29 July 2022", "from 1 September to 30 November 2023": the date recogniser reads the range.
                    if (expression.IsRange && start is { } first && expression.EndMonth is { } endMonth && expression.EndDay is { } endDay
                        && endDay <= DateTime.DaysInMonth(first.Date.Year, endMonth))
                        rangeEnd = PartialDate.Day(first.Date.Year, endMonth, endDay);
                }
                else start = chosen.Season;
                if (sameMonth.Contains(t) && start is { Precision: DatePrecision.Day } exact)
                {
                    start = PartialDate.Month(exact.Date.Year, exact.Date.Month);
                    rangeEnd = null;
                }
            }
            var added = AddEvent(document, paragraph, sentence, triggers, t, dateStartOf, start, until, best >= 0 ? dates[best].Start : -1);
            if (added is not null && rangeEnd is not null) added.EndDate ??= rangeEnd;
            // "The day before, on 12 May, the council met at a university": the explicit day is the anchored one, and so is the city.
            if (added is not null && best >= 0 && (dates[best].Anchor ?? dates.FirstOrDefault(o => o.Anchor is not null && o.Season == start).Anchor) is { } anchor)
                added.PlaceKey ??= anchor.PlaceKey;
        }
    }

    /// <summary>
    /// "… will meet in Cholpon-Ata in April", said in October: a month named without a year in a sentence about the
    /// future is the next such month, not the one already past.
    /// "… which will take place in Bishkek in June, and on the results of the meeting held in Cholpon-Ata on 14 May": the
    /// clause of the date speaks first; "held" there, with no "will" or "to be" of its own, is past.
    /// </summary>
    private static PartialDate Resolve(DateExpression expression, DateOnly reference, string sentence, int dateOffset)
    {
        var date = expression.Resolve(reference);
        if (expression.Year is not null || expression.RelativeYear is not null || expression.RelativeMonths is not null
            || expression.RelativeDays is not null || expression.Month is not { } month || month >= reference.Month || !Future().IsMatch(sentence)) return date;
        var clause = sentence[..Math.Clamp(dateOffset, 0, sentence.Length)];
        clause = clause[(clause.LastIndexOfAny([',', ';']) + 1)..];
        if (!Future().IsMatch(clause) && PastInClause().IsMatch(clause)) return date;
        return date.Precision == DatePrecision.Day
            ? PartialDate.Day(date.Date.Year + 1, month, Math.Min(date.Date.Day, DateTime.DaysInMonth(date.Date.Year + 1, month)))
            : PartialDate.Month(date.Date.Year + 1, month);
    }

    private static bool OnTheSidelines(string text, int trigger) =>
        Sidelines().IsMatch(text.AsSpan(Math.Max(0, trigger - 40), Math.Min(40, trigger)));

    /// <summary>"a joint plan of activities for 2025–2026": a year of a plan's term, never the date of a meeting.</summary>
    private static bool InYearRange(string text, DateExpression date) =>
        date is { Precision: DatePrecision.Year, Month: null, RelativeYear: null }
        && (YearRangeBefore().IsMatch(text.AsSpan(Math.Max(0, date.Start - 8), Math.Min(8, date.Start)))
            || YearRangeAfter().IsMatch(text.AsSpan(date.End, Math.Min(8, text.Length - date.End))));

    /// <summary>"since July 2024", "by 2030", "before 1 May": a bound of a span or a deadline, never the day something is held.</summary>
    private static bool IsBound(DateExpression date) => date.Qualifier is DateQualifier.Since or DateQualifier.By or DateQualifier.Before;

    private static EntityDraft? AddEvent(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence, List<Trigger> triggers, int index,
        Dictionary<int, int> dateStartOf, PartialDate? date, bool until, int dateOffset)
    {
        var tokens = paragraph.Tokens;
        var trigger = triggers[index];
        var proper = ProperName(paragraph, sentence, trigger);
        // "International Year of …, 2027" is that year, whatever date the sentence adopted it on.
        if (trigger.Label == "year" && proper is not null && NamedYear().Match(proper) is { Success: true } named)
            date = PartialDate.Year(int.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture));
        var subjects = trigger.Subject is { } council ? [council]
            : trigger.Label is "year" or "operation" or "week" or "game" ? [] : Subjects(paragraph, sentence, trigger.Token);
        if (date is null)
        {
            var upcoming = trigger.Token > 0 && tokens[trigger.Token - 1].Lower is "upcoming" or "forthcoming" or "ongoing";
            // Undated, only named operations, themed years, upcoming celebrations and a meeting named by its city
            // ("ahead of the Bishkek summit") are events; any other meeting must be dated.
            if (!(trigger.Label is "operation" or "exercise" or "year" && proper is not null) && !(trigger.Label == "celebrations" && upcoming)
                && !(trigger.Label == "meeting" && !tokens[trigger.Token].Lower.EndsWith('s') && CityModifier(paragraph, trigger.Token) is { } city
                    // "… will be held in Tianjin from 31 August …; after the Tianjin summit": the summit already dated.
                    && !document.Entities.Any(e => e.Kind == EntityKind.Event && e.EventLabel == "meeting" && e.StartDate is not null && e.PlaceKey == city.Key))) return null;
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
                return null;
            }
        }
        // "On 8 October, the participants held a joint session …" inside a meeting of 7–8 October: part of that meeting.
        if (proper is null && subjects.Count == 0 && date is { Precision: DatePrecision.Day } day
            && document.Entities.FirstOrDefault(e => e.Kind == EntityKind.Event && e.EventLabel == trigger.Label
                && e.StartDate is { Precision: DatePrecision.Day } from && e.EndDate is { Precision: DatePrecision.Day } to
                && day.Date >= from.Date && day.Date <= to.Date) is { } spanning) return spanning;
        var plural = tokens[trigger.Token].Lower.EndsWith('s') && trigger.Label == "meeting";
        var label = trigger.Label == "year" ? "" : trigger.Label;
        var names = new List<(string Name, bool Recurring, EntityDraft? Subject)>();
        if (subjects.Count > 1 && plural) names.AddRange(subjects.Select(s => ($"{s!.Name} {label}", true, (EntityDraft?)s)));
        else if (subjects.Count > 0) names.Add(($"{string.Join(" – ", subjects.Select(s => s!.Name))} {label}", true, subjects[0]));
        else if (proper is not null) names.Add((proper, true, null));
        else if (Between(paragraph, sentence, trigger.Token) is { Count: > 0 } parties) names.Add(($"{string.Join(" – ", parties.Select(p => p.Name))} {label}", false, parties[0]));
        else if (OrganizationBefore(paragraph, sentence, trigger.Token) is { } before) names.Add(($"{before.Name} {label}", true, before));
        else if (paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.PersonName && tokens[c.StartToken].Start >= sentence.Start && tokens[c.StartToken].Start < sentence.End)?.Entity is { } person)
            names.Add(($"{person.Name} {label}", false, null));
        else names.Add((Capitalise(label), false, null));

        var place = VenueCity(document, paragraph, sentence, Place(paragraph, sentence, dateOffset, triggers, index, dateStartOf));
        // "training courses … held in Almaty and Dushanbe": a series in several cities, not one event.
        if (place is not null && trigger.Label != "meeting" && tokens[trigger.Token].Lower.EndsWith('s') && InSeveralCities(paragraph, sentence, place)) return null;
        EntityDraft? last = null;
        foreach (var (name, recurring, subject) in names)
        {
            var keyDate = date is { } d ? (recurring ? KeyDate(d) : d.ToString()) : "";
            // "International Year of …, 2027" already ends with its key date.
            var draft = document.Entity(EntityKind.Event, Text.Collapse(name.EndsWith(keyDate, StringComparison.Ordinal) ? name : $"{name} {keyDate}"));
            draft.StartDate ??= date;
            draft.EventLabel ??= trigger.Label;
            if (subject is not null) draft.AddParticipant(subject.Key);
            foreach (var other in subjects.Where(s => s is not null && !plural)) draft.AddParticipant(other!.Key);
            if (place is not null) draft.PlaceKey ??= place.Key;
            var format = Format(paragraph.Text[sentence.Start..sentence.End]);
            if (draft.Format == EventFormat.Unknown) draft.Format = format;
            document.Mention(draft, paragraph, trigger.Token, trigger.Token + 1, asAlias: false);
            paragraph.Claims.Add(new Claim(ClaimKind.Event, trigger.Token, trigger.Token + 1, draft));
            last = draft;
        }
        return last;
    }

    /// <summary>
    /// "Days of Lao Culture will be held at the SCO Secretariat from 9 to 13 February, with a photo exhibition …": the date
    /// a "held"/"take place" links to its subject belongs to that event, not to a nearer one named after it.
    /// </summary>
    /// <summary>
    /// "the Statement adopted by the SCO Heads of State Council in Astana on 4 July 2024": a council that adopts something
    /// on a date (or by which something was "decided" on a date) met that day. Only councils: a ministry that approves a plan holds no meeting.
    /// </summary>
    private static EntityDraft? AdoptedBy(Paragraph paragraph, Token t)
    {
        var tokens = paragraph.Tokens;
        if (t.Index < 2 || tokens[t.Index - 1].Lower is not ("by" or "the")) return null;
        var by = tokens[t.Index - 1].Lower == "the" ? t.Index - 2 : t.Index - 1;
        if (by < 1 || tokens[by].Lower != "by" || tokens[by - 1].Lower is not ("adopted" or "approved" or "endorsed" or "decided")) return null;
        return paragraph.ClaimAt(t.Index, ClaimKind.Organization)?.Entity is { } body
            && body.Name.Contains("Council", StringComparison.Ordinal) ? body : null;
    }

    /// <summary>
    /// "the 4th SCO Forum on Traditional Medicine", "the SCO Energy Forum, to be held in Tashkent": a body's name that is
    /// counted or held is a gathering of that name, not the body.
    /// </summary>
    private static bool IsHeldBody(Paragraph paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        var body = paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Organization && c.StartToken <= t && t < c.EndToken);
        // "SCO Forum on Mountain Tourism": the event word may head a longer name, but not sit inside another body's.
        if (body is null || body.EndToken != t + 1 && tokens[t + 1].Lower is not ("on" or "of" or "for")) return false;
        var before = body.StartToken > 0 ? tokens[body.StartToken - 1] : null;
        if (before is not null && (before.IsNumber && before.Text.Length > 2 && char.IsLetter(before.Text[^1]) || Words.OrdinalWords.Contains(before.Lower))) return true;
        var end = tokens[body.EndToken - 1].End;
        var after = paragraph.Text.AsSpan(end, Math.Min(30, paragraph.Text.Length - end));
        return HeldAfter().IsMatch(after);
    }

    /// <summary>"the meeting" said bare, after this release has reported a meeting: that one again.</summary>
    private static bool IsAnaphora(ReleaseDocument document, IReadOnlyList<Token> tokens, Token t, string label)
    {
        if (t.IsCapitalised || t.Index == 0 || tokens[t.Index - 1].Lower != "the" || t.Lower.EndsWith('s')) return false;
        if (t.Index + 1 < tokens.Count && (tokens[t.Index + 1].Lower is "of" or "on" or "between" or "with" or "in" or "again" || tokens[t.Index + 1].IsCapitalised)) return false;
        return document.Entities.Any(e => e.Kind == EntityKind.Event && e.EventLabel == label && e.StartDate is { Precision: DatePrecision.Day });
    }

    /// <summary>"met with …", and "met at the SCO Secretariat with …": a venue may stand between "met" and "with".</summary>
    private static bool MetWith(Paragraph paragraph, int met)
    {
        const int longestVenue = 6;
        var tokens = paragraph.Tokens;
        for (var k = met + 1; k < tokens.Count && k - met <= longestVenue + 1; k++)
        {
            if (tokens[k].Lower == "with") return tokens[k].GapBefore == Gap.Space;
            // Only "at/in [the] <capitalised venue>" may come first.
            if (tokens[k].GapBefore != Gap.Space) return false;
            if (k == met + 1 ? tokens[k].Lower is not ("at" or "in") : !(tokens[k].Lower == "the" || tokens[k].IsCapitalised)) return false;
        }
        return false;
    }

    private static bool HeldOn(Paragraph paragraph, List<Trigger> triggers, int t, int dateStart)
    {
        var tokens = paragraph.Tokens;
        var end = tokens[triggers[t].Token].End;
        if (end >= dateStart || triggers.Any(o => tokens[o.Token].Start > end && tokens[o.Token].Start < dateStart)) return false;
        return Held().IsMatch(paragraph.Text.AsSpan(end, dateStart - end));
    }

    /// <summary>"… an exhibition … opened in Bishkek. It will run until 25 October.": the end of the event the sentence before began.</summary>
    private static void EndOfPrevious(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence)
    {
        if (!paragraph.Text.AsSpan(sentence.Start).StartsWith("It ", StringComparison.Ordinal)) return;
        var until = paragraph.Dates.FirstOrDefault(d => d.Start >= sentence.Start && d.End <= sentence.End && d.Qualifier == DateQualifier.Until);
        if (until is null || document.Reference is not { } reference) return;
        var previous = document.Entities
            .Where(e => e.Kind == EntityKind.Event && e.FirstSeen.CompareTo((paragraph.Index, sentence.Start)) < 0)
            .MaxBy(e => e.FirstSeen);
        if (previous is not { StartDate: { } start, EndDate: null } || previous.FirstSeen.Paragraph != paragraph.Index) return;
        var end = until.Resolve(reference);
        if (end.Date > start.Date) previous.EndDate = end;
    }

    /// <summary>"a dialogue … between the SCO Secretariat and the DPPA".</summary>
    private static List<EntityDraft> Between(Paragraph paragraph, (int Start, int End) sentence, int trigger)
    {
        var tokens = paragraph.Tokens;
        var result = new List<EntityDraft>();
        for (var i = trigger + 1; i < tokens.Count && tokens[i].Start < sentence.End; i++)
        {
            if (tokens[i].Lower != "between") continue;
            var j = i + 1;
            while (j < tokens.Count && result.Count < 2)
            {
                if (tokens[j].Lower is "the" or "and") { j++; continue; }
                if (paragraph.ClaimAt(j, ClaimKind.Organization)?.Entity is not { } org) break;
                result.Add(org);
                j = paragraph.ClaimAt(j, ClaimKind.Organization)!.EndToken;
            }
            break;
        }
        return result;
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
        }
        return result;
    }

    /// <summary>"the SCO Council of National Coordinators began a meeting": the body named before the trigger.</summary>
    private static EntityDraft? OrganizationBefore(Paragraph paragraph, (int Start, int End) sentence, int trigger)
    {
        var tokens = paragraph.Tokens;
        var before = paragraph.Claims
            .Where(c => c.Kind == ClaimKind.Organization && c.Entity is not null && c.EndToken <= trigger
                && tokens[c.StartToken].Start >= sentence.Start
                && !(c.StartToken > 0 && tokens[c.StartToken - 1].Lower is "at" or "by" or "in" or "from")
                && !(c.StartToken > 1 && tokens[c.StartToken - 1].Lower == "the" && tokens[c.StartToken - 2].Lower is "at" or "by" or "in" or "from")
                && !paragraph.IsClaimed(c.StartToken, c.EndToken, ClaimKind.Role))
            .OrderByDescending(c => c.EndToken - c.StartToken).ThenBy(c => c.StartToken)
            .FirstOrDefault();
        return before?.Entity is { } org && !(org.Name == OrganizationSignature.Sco && trigger - before.EndToken > 3) ? org : null;
    }

    /// <summary>"joint operation Spider Web", "UN Virtual Counter-Terrorism Week", "the Year of SCO Culture", "SCO Model interactive game".</summary>
    private static string? ProperName(Paragraph paragraph, (int Start, int End) sentence, Trigger trigger)
    {
        var tokens = paragraph.Tokens;
        var t = trigger.Token;
        switch (trigger.Label)
        {
            case "operation" or "exercise":
            {
                var end = t + 1;
                while (end < tokens.Count && (tokens[end].IsCapitalised && !tokens[end].IsAcronym && tokens[end].GapBefore is Gap.Space or Gap.Hyphen
                       || end > t + 1 && tokens[end].IsNumber && tokens[end].GapBefore == Gap.Hyphen)) end++;
                if (end > t + 1) return Capitalise(trigger.Label) + " " + paragraph.Slice(t + 1, end);
                // "to prepare the "Solidarity-2027" operation": the name in quotes before the word.
                if (QuotedBefore().Match(paragraph.Text, 0, tokens[t].Start) is { Success: true } quoted)
                    return Capitalise(trigger.Label) + " " + quoted.Groups["name"].Value;
                break;
            }
            case "year":
            {
                // "International Year of Cultural Heritage for Sustainable Development, 2027": the theme runs on over "for" and "and".
                var end = t + 2;
                while (end < tokens.Count && tokens[end].GapBefore is Gap.Space or Gap.Hyphen
                       && (tokens[end].IsCapitalised || tokens[end].Lower is "for" or "and" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised)) end++;
                if (end < tokens.Count && tokens[end].Text.Length == 4 && tokens[end].IsNumber
                    && paragraph.Text[tokens[end - 1].End..tokens[end].Start] == ", ") end++;
                var start = t > 0 && tokens[t - 1].Text == "International" && tokens[t].GapBefore == Gap.Space ? t - 1 : t;
                return paragraph.Slice(start, end);
            }
            case "celebrations" when t + 1 < tokens.Count && tokens[t + 1].Lower == "of":
            {
                var end = t + 2;
                while (end < tokens.Count && tokens[end].Start < sentence.End && tokens[end].GapBefore is Gap.Space or Gap.Hyphen or Gap.Possessive && !tokens[end].IsCapitalised) end++;
                return Capitalise(Text.Collapse(paragraph.Slice(t, end)));
            }
            case "meeting" when t + 2 < tokens.Count && tokens[t + 1].Lower == "of" && tokens[t + 2].IsCapitalised && paragraph.ClaimAt(t + 2, ClaimKind.Organization) is null:
            {
                // "the 15th meeting of Security Council Secretaries of SCO Member States"
                var end = t + 2;
                while (end < tokens.Count && tokens[end].GapBefore is Gap.Space or Gap.Hyphen && (tokens[end].IsCapitalised || tokens[end].Lower is "of" or "the" or "and")) end++;
                while (end > t + 2 && !tokens[end - 1].IsCapitalised) end--;
                var start = t > 0 && tokens[t - 1].IsNumber ? t - 1 : t;
                return Capitalise(Text.Collapse(paragraph.Slice(start, end)));
            }
        }
        if (tokens[t].IsCapitalised && trigger.Label is "week" or "forum" or "conference")
        {
            var start = t;
            while (start > 0 && tokens[start - 1].IsCapitalised && tokens[start].GapBefore is Gap.Space or Gap.Hyphen
                   && !Words.CapitalisedStopWords.Contains(tokens[start - 1].Text)) start--;
            return start < t ? paragraph.Slice(start, t + 1) : null;
        }
        if (trigger.Label is "game" or "exercise" or "forum" or "conference")
        {
            // "the SCO Model interactive cognitive game": capitals, then up to three adjectives, then the trigger.
            var start = t;
            while (start > 0 && t - start < 3 && tokens[start - 1].IsLowerWord && tokens[start].GapBefore == Gap.Space && tokens[start - 1].Lower is not ("the" or "a" or "an" or "of" or "and" or "in")) start--;
            var capitals = start;
            while (capitals > 0 && (tokens[capitals - 1].IsCapitalised || tokens[capitals - 1].IsNumber && capitals == start) && tokens[capitals].GapBefore is Gap.Space or Gap.Hyphen
                   && !Words.CapitalisedStopWords.Contains(tokens[capitals - 1].Text)) capitals--;
            if (capitals < start) return paragraph.Slice(capitals, t + 1);
        }
        return null;
    }

    /// <summary>"the Year of SCO Culture", "Days of Lao Culture": a themed year is an event of that year, themed days of their dates.</summary>
    private static Trigger? YearOf(Paragraph paragraph, List<Token> inSentence)
    {
        foreach (var t in inSentence)
        {
            if (KnowledgeBase.Instance.ThemedPeriods.Contains(t.Text) && t.Index + 2 < paragraph.Tokens.Count && paragraph.Tokens[t.Index + 1].Lower == "of" && paragraph.Tokens[t.Index + 2].IsCapitalised)
                return new Trigger(t.Index, "year");
        }
        return null;
    }

    /// <param name="dateOf">Each dated trigger's date, by the offset where the date is written.</param>
    private static EntityDraft? Place(Paragraph paragraph, (int Start, int End) sentence, int dateOffset, List<Trigger> triggers, int index, Dictionary<int, int> dateOf)
    {
        var tokens = paragraph.Tokens;
        var cue = triggers[index];
        var trigger = cue.Token;
        // "on an official visit to Uzbekistan": a visit is where it goes, and a country is no city.
        if (cue.Label == "visit") return VisitDestination(paragraph, trigger);
        // "the Year of Culture … the Agreement signed in Bishkek": a themed year is held nowhere in particular.
        if (cue.Label == "year") return null;
        // "the Tianjin summit held last year": a city right before the event word is where it took place.
        if (CityModifier(paragraph, trigger) is { } modifier) return modifier;
        if (CityReferredTo(paragraph, sentence, trigger) is { } referred) return referred;
        // Of two cities in one sentence ("the meeting … in Bishkek …, and a round table … in Vientiane"), the nearer one.
        EntityDraft? nearest = null;
        var distance = int.MaxValue;
        foreach (var claim in paragraph.Claims.Where(c => c.Kind == ClaimKind.Place && c.Entity is { CountryKey: not null }))
        {
            var start = tokens[claim.StartToken].Start;
            if (start < sentence.Start || start >= sentence.End) continue;
            // "the Agreement … signed in Ufa": where a document was signed, not where the event was.
            if (claim.StartToken > 1 && tokens[claim.StartToken - 2].Lower == "signed") continue;
            var where = claim.StartToken > 0 && tokens[claim.StartToken - 1].Lower is "in" or "near"
                // "Qingdao hosted the meeting".
                || Hosted(tokens, claim.EndToken)
                // "(Moscow, 10 November 2020)"
                || dateOffset >= 0 && paragraph.Text[Math.Max(0, start - 1)] == '(' && dateOffset > start && dateOffset - tokens[claim.EndToken - 1].End <= 3;
            if (!where || Math.Abs(claim.StartToken - trigger) >= distance) continue;
            // "… an open day on 25 June and that the Forum would meet in Beijing next month": a city after another event word
            // with a date of its own belongs to that one.
            // An undated one ("… meet in Cholpon-Ata in April to prepare the operation") leaves it to any nearer dated one.
            var dated = dateOf.TryGetValue(index, out var own);
            if (Enumerable.Range(0, triggers.Count).Any(o => o != index && dateOf.TryGetValue(o, out var other) && (dated
                    ? other != own && triggers[o].Token > trigger && triggers[o].Token < claim.StartToken
                    : Math.Abs(claim.StartToken - triggers[o].Token) < Math.Abs(claim.StartToken - trigger)))) continue;
            // "the forum that will take place in Osh on 3 November, and the meeting … held in Astana on 2 July": a city between
            // another event word and that one's own date is that event's, however near it is to this one.
            if (Enumerable.Range(0, triggers.Count).Any(o => o != index && dateOf.TryGetValue(o, out var other) && (!dated || other != own)
                    && tokens[triggers[o].Token].Start < start && start < other)) continue;
            distance = Math.Abs(claim.StartToken - trigger);
            nearest = claim.Entity;
        }
        return nearest;
    }

    /// <summary>
    /// "held at the SCO Secretariat in Beijing" teaches the venue's city; "Days of … will be held at the SCO Secretariat"
    /// later in the release takes it.
    /// </summary>
    private static EntityDraft? VenueCity(ReleaseDocument document, Paragraph paragraph, (int Start, int End) sentence, EntityDraft? place)
    {
        var tokens = paragraph.Tokens;
        var venue = paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Organization && c.Entity is not null
            && tokens[c.StartToken].Start >= sentence.Start && tokens[c.StartToken].Start < sentence.End
            && c.StartToken >= 2 && tokens[c.StartToken - 1].Lower == "the" && tokens[c.StartToken - 2].Lower == "at");
        if (venue?.Entity is not { } body) return place;
        if (place is null) return document.VenueCities.GetValueOrDefault(body.Key);
        if (venue.EndToken + 1 < tokens.Count && tokens[venue.EndToken].Lower == "in" && paragraph.ClaimAt(venue.EndToken + 1, ClaimKind.Place)?.Entity == place)
            document.VenueCities.TryAdd(body.Key, place);
        return place;
    }

    private static bool InSeveralCities(Paragraph paragraph, (int Start, int End) sentence, EntityDraft place)
    {
        var tokens = paragraph.Tokens;
        return paragraph.Claims.Any(c => c.Kind == ClaimKind.Place && c.Entity == place && tokens[c.StartToken].Start >= sentence.Start
            && c.EndToken + 1 < tokens.Count && tokens[c.EndToken].Lower == "and" && paragraph.ClaimAt(c.EndToken + 1, ClaimKind.Place) is not null);
    }

    /// <summary>"Qingdao hosted", "Khujand also hosted", "Islamabad had hosted", "Almaty will host": the city is where it took place.</summary>
    private static bool Hosted(IReadOnlyList<Token> tokens, int next)
    {
        for (var i = next; i < tokens.Count && i - next <= 2; i++)
        {
            if (tokens[i].Lower is "hosted" or "host" or "hosts") return true;
            if (tokens[i].Lower is not ("also" or "had" or "has" or "have" or "will" or "would" or "already" or "previously" or "once" or "recently")) return false;
        }
        return false;
    }

    /// <summary>"the Tianjin summit", and "the Tashkent International Film Festival": a city that heads the event's name.</summary>
    private static EntityDraft? CityModifier(Paragraph paragraph, int trigger)
    {
        const int longestName = 4;
        var tokens = paragraph.Tokens;
        return paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Place && c.Entity is { CountryKey: not null } && c.EndToken <= trigger
            && (c.EndToken == trigger ? tokens[trigger].GapBefore == Gap.Space
                : tokens[trigger].IsCapitalised && trigger - c.EndToken <= longestName
                  && Enumerable.Range(c.EndToken, trigger - c.EndToken + 1).All(i => tokens[i].IsCapitalised && !tokens[i].IsAcronym && tokens[i].GapBefore == Gap.Space)))?.Entity;
    }

    /// <summary>
    /// "… shortly after the SCO summit in the city", "a new course … to be held there in October": the city named last
    /// before the event word.
    /// </summary>
    private static EntityDraft? CityReferredTo(Paragraph paragraph, (int Start, int End) sentence, int trigger)
    {
        const int reach = 12;
        var tokens = paragraph.Tokens;
        var refers = false;
        for (var k = trigger + 1; k < tokens.Count && k - trigger <= reach && tokens[k].Start < sentence.End && !refers; k++)
            refers = tokens[k].Lower == "there" && tokens[k - 1].Lower is "held" or "place" or "organised" or "organized"
                || tokens[k].Lower == "city" && k - trigger <= 3 && tokens[k - 1].Lower == "the" && tokens[k - 2].Lower == "in";
        if (!refers) return null;
        return paragraph.Claims.Where(c => c.Kind == ClaimKind.Place && c.Entity is { CountryKey: not null } && c.EndToken <= trigger)
            .MaxBy(c => c.StartToken)?.Entity;
    }

    private static EntityDraft? VisitDestination(Paragraph paragraph, int trigger)
    {
        var tokens = paragraph.Tokens;
        var i = trigger + 1;
        // "invited the Secretary-General to visit Cairo": the verb names the city itself.
        if (i < tokens.Count && tokens[i].GapBefore == Gap.Space && paragraph.ClaimAt(i, ClaimKind.Place)?.Entity is { CountryKey: not null } named) return named;
        if (i >= tokens.Count || tokens[i].Lower != "to") return null;
        i++;
        if (i < tokens.Count && tokens[i].Lower == "the") i++;
        return paragraph.ClaimAt(i, ClaimKind.Place)?.Entity is { CountryKey: not null } city ? city : null;
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

    // "Solidarity-2023", "Interaction-2024": a year that is part of a name.
    // "Peace Mission 2021": a bare year right after a capitalised word that is not a month.
    private static bool InName(Paragraph paragraph, DateExpression date)
    {
        if (date.Start >= 2 && paragraph.Text[date.Start - 1] == '-' && char.IsLetter(paragraph.Text[date.Start - 2])) return true;
        // "… will be held in Bishkek next year": words, not a number, so never part of a name.
        if (date.RelativeYear is not null) return false;
        if (date.Precision != DatePrecision.Year || date.Month is not null || date.Qualifier != DateQualifier.None) return false;
        var before = paragraph.Tokens.LastOrDefault(t => t.End <= date.Start);
        return before is not null && before.IsCapitalised && !before.IsAcronym && date.Start - before.End == 1
            && !DateExpressions.TryParseMonth(before.Text, out _, out _) && paragraph.Tokens.FirstOrDefault() != before;
    }

    // "the Apostille Convention of 5 October 1961": a date right after a document's name and "of" is the document's date.
    private static bool InDocument(Paragraph paragraph, DateExpression date) =>
        paragraph.Claims.Any(c => c.Kind == ClaimKind.Document && paragraph.Tokens[c.StartToken].Start <= date.Start
            && (paragraph.Tokens[c.EndToken - 1].End >= date.End
                || c.EndToken + 1 < paragraph.Tokens.Count && paragraph.Tokens[c.EndToken].Lower == "of" && paragraph.Tokens[c.EndToken + 1].Start == date.Start));

    // "the report … released in September 2020": the date of a document, not of a meeting.
    private static bool IsPublication(Paragraph paragraph, DateExpression date) =>
        Publication().IsMatch(paragraph.Text[Math.Max(0, date.Start - 40)..date.Start]);

    /// <summary>Words between two offsets; the name of a body counts as one word, however long.</summary>
    private static int TokenDistance(Paragraph paragraph, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        var count = 0;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < from || tokens[i].Start >= to) continue;
            count++;
            if (paragraph.ClaimAt(i, ClaimKind.Organization) is { } body) i = body.EndToken - 1;
        }
        return count;
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

    [GeneratedRegex(@"\b(?:(?:will be|was|were|is|are|be|been) held|(?:take|took|takes|will take) place|opened|opens|will open)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    [GeneratedRegex(@"\b(?:will|shall|is to|are to|to be held|scheduled|planned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:held|took place|met|hosted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastInClause();

    [GeneratedRegex(@"^,?\s+(?:which\s+)?(?:(?:will be|was|were|is|are|to be|had been|has been|have been) held|(?:took|will take|takes) place)\b")]
    private static partial Regex HeldAfter();

    [GeneratedRegex(@"[""“](?<name>\p{Lu}[^""“”]{1,40})[""”]\s*$")]
    private static partial Regex QuotedBefore();

    [GeneratedRegex(@"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|\p{Ll}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Sidelines();

    [GeneratedRegex(@"\b(?:shortly|soon|immediately|just)\s+(?:after|before)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|\p{L}+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortlyAfter();

    [GeneratedRegex(@"^\s*On\s+the\s+(?<which>first|second|third|last|final|closing|opening)\s+day\s+of\s+the\s+\p{L}+")]
    private static partial Regex DayOf();

    [GeneratedRegex(@"\d{4}\s*[–—-]\s*$")]
    private static partial Regex YearRangeBefore();

    [GeneratedRegex(@"^\s*[–—-]\s*\d{4}")]
    private static partial Regex YearRangeAfter();

    [GeneratedRegex(@", (\d{4})$")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\bduring\s+the\s+(?<period>(?:International\s+)?(?:Year|Decade))\b(?!\s+of\b)")]
    private static partial Regex DuringPeriod();

    [GeneratedRegex(@"\b(?:on\s+)?the\s+(?:(?<which>same|next|following|previous|preceding)\s+day|day\s+(?<which>before)(?!\s+(?:yesterday|the|\d)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"\b(?:(?<rel>this|last|next)|in\s+the)\s+(?:summer|spring|autumn|fall|winter)(?:'s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    // "signed in Jakarta in 2005", "since its founding in 2008": a document's or a body's date, not a meeting's.
    [GeneratedRegex(@"\b(?:released|published|signed|dated|issued)\s+(?:in\s+\p{Lu}[\p{L}-]+,?\s+)?(?:on|in)?\s*$|\b(?:founding|founded|establishment|established)\s+(?:on|in)\s*$", RegexOptions.IgnoreCase)]
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
