using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Documents: numbered lists of adopted documents, capitalised titles around a kind noun ("the Comprehensive Joint
/// Action Plan of the SCO Member States to Counter …"), documents named inside other titles, authored reports
/// ("the UN Secretary-General's report on …"), joint statements and plans written in lower case, and numbered
/// resolutions ("Resolution 75/69 of 16 April 2021"). Wordings of one document in one release are merged.
/// </summary>
internal sealed partial class DocumentRecogniser : IRecogniser
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "on", "for", "to", "in", "between", "until", "and", "the", "by", "against", "with", "over", "a", "its", "their", "within", "among",
    };

    private static readonly HashSet<string> SignatureStopWords = new(StringComparer.Ordinal) { "the", "of", "for", "on", "to", "in", "a", "an", "and" };

    public void Apply(ReleaseDocument document)
    {
        var found = new List<FoundDocument>();
        foreach (var paragraph in document.Paragraphs)
        {
            var text = paragraph.Text;
            // Cheap look-ups first: most paragraphs hold no list, resolution or lower-case title at all.
            if (HasDigitDot(text)) NumberedList(document, paragraph, found);
            if (text.Contains("esolution ", StringComparison.Ordinal)) Resolutions(paragraph, found);
            CapitalisedTitles(document, paragraph, found);
            AdoptedNames(document, paragraph, found);
            if ((text.Contains("'s ", StringComparison.Ordinal) || text.Contains(" of the ", StringComparison.Ordinal)) && NamesReportKind(text)) AuthoredReports(document, paragraph, found);
            if (LowerCaseCue().IsMatch(text)) LowerCaseTitles(paragraph, found);
        }
        TrimNestedPeriods(found);
        Merge(document, found);
    }

    /// <summary>"Action Plan for the Implementation of the Programme … for 2027–2028": the period is the plan's, not the programme's.</summary>
    private static void TrimNestedPeriods(List<FoundDocument> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var inner = found[i];
            var tokens = inner.Paragraph.Tokens;
            // "Plan of Action for 2026–2030 to implement the Strategy for 2026–2035": a plan with its own period leaves the last one to the inner title.
            if (inner.Rebuilt || !found.Any(outer => outer.Paragraph == inner.Paragraph && outer.Start < inner.Start && outer.End == inner.End
                    && !tokens.Any(t => t.Start >= outer.Start && t.End <= inner.Start && PeriodFollows(tokens, t.Index)))) continue;
            var start = tokens.FirstOrDefault(t => t.Start >= inner.Start)?.Index;
            var end = tokens.LastOrDefault(t => t.End <= inner.End)?.Index + 1;
            if (start is null || end is null) continue;
            var trimmed = WithoutPeriod(tokens, start.Value, end.Value);
            if (trimmed == end) continue;
            var newEnd = tokens[trimmed - 1].End;
            found[i] = inner with { End = newEnd, Title = inner.Paragraph.Original[inner.Start..newEnd] };
        }
    }

    // Every authored report names its kind in lower case; without one the (backtracking) pattern need not run.
    private static bool NamesReportKind(string text) =>
        text.Contains("report", StringComparison.Ordinal) || text.Contains("statement", StringComparison.Ordinal)
        || text.Contains("declaration", StringComparison.Ordinal) || text.Contains("strategy", StringComparison.Ordinal)
        || text.Contains("concept", StringComparison.Ordinal) || text.Contains("plan", StringComparison.Ordinal);

    private static bool HasDigitDot(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && text[i + 1] is '.' or ')') return true;
        }
        return false;
    }

    private sealed record FoundDocument(Paragraph Paragraph, int Start, int End, string Title, DocumentKind Kind)
    {
        public string? Number { get; init; }
        public PartialDate? Date { get; init; }
        public bool FromList { get; init; }
        public bool Rebuilt { get; init; }
    }

    private static void NumberedList(ReleaseDocument document, Paragraph paragraph, List<FoundDocument> found)
    {
        foreach (Match m in ListItem().Matches(paragraph.Text))
        {
            var group = m.Groups["title"];
            var title = TrailingNote().Replace(group.Value, "").TrimEnd('.', ' ');
            var kind = KindOf(document, title, firstWords: 4);
            if (kind is null) continue;
            var date = ListDate(document, paragraph);
            found.Add(new FoundDocument(paragraph, group.Index, group.Index + title.Length, title, kind.Value) { FromList = true, Date = date });
        }
    }

    /// <summary>The date in the heading above a list ("… following the meeting … (Moscow, 10 November 2020)").</summary>
    private static PartialDate? ListDate(ReleaseDocument document, Paragraph item)
    {
        for (var p = item.Index; p >= 0 && p >= item.Index - 20; p--)
        {
            var paragraph = document.Paragraphs[p];
            var headingAt = paragraph.Text.LastIndexOf("document", StringComparison.OrdinalIgnoreCase);
            if (headingAt < 0 || ListItem().IsMatch(paragraph.Text[Math.Max(0, headingAt - 5)..])) continue;
            return paragraph.Dates.LastOrDefault(d => d.Start > headingAt && d.Date is { Precision: DatePrecision.Day })?.Date;
        }
        return null;
    }

    private static void Resolutions(Paragraph paragraph, List<FoundDocument> found)
    {
        foreach (Match m in NumberedResolution().Matches(paragraph.Text))
        {
            var number = m.Groups["number"].Value;
            var titleEnd = m.Groups["number"].Index + number.Length;
            var date = m.Groups["date"].Success ? DateExpressions.Find(m.Groups["date"].Value).FirstOrDefault()?.Date : null;
            // 'resolution 79/143 "Cooperation between …"': a quoted title after the number is the resolution's name.
            var quoted = m.Groups["quoted"];
            if (quoted.Success) found.Add(new FoundDocument(paragraph, quoted.Index, quoted.Index + quoted.Length, paragraph.Original.Substring(quoted.Index, quoted.Length), DocumentKind.Resolution) { Number = number });
            else found.Add(new FoundDocument(paragraph, m.Index, titleEnd, paragraph.Original[m.Index..titleEnd], DocumentKind.Resolution) { Number = number, Date = date });
        }
    }

    private static void CapitalisedTitles(ReleaseDocument document, Paragraph paragraph, List<FoundDocument> found)
    {
        var tokens = paragraph.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var head = tokens[k];
            if (!head.IsCapitalised || !document.Kb.DocumentKinds.TryGetValue(head.Text, out var kind)) continue;
            if (kind == DocumentKind.Resolution && k + 1 < tokens.Count && tokens[k + 1].IsNumber) continue;
            var start = k;
            // "UNODC's World Drug Report": an acronym's possessive names the publisher, not part of the title
            // (a spelled-out author stays: "the SCO Secretary-General's Report on …").
            while (start > 0 && tokens[start].GapBefore is Gap.Space or Gap.Hyphen or Gap.Possessive
                   && !(tokens[start].GapBefore == Gap.Possessive && tokens[start - 1].IsAcronym)
                   && (IsTitleWord(tokens[start - 1]) || tokens[start - 1].IsNumber)) start--;
            // "International Exhibition and Convention Centre": a kind noun naming a building is a venue.
            if (k + 1 < tokens.Count && tokens[k + 1].GapBefore == Gap.Space && document.Kb.VenueNouns.Contains(tokens[k + 1].Text)) continue;
            // "Sendai Framework for …", not "within the Framework of the SCO": a head that names a document only after a name.
            if (start == k && document.Kb.NamedHeads.Contains(head.Text)) continue;
            // "the UNESCO 2003 Convention for …": the publisher's acronym and the year of adoption stand before the title.
            PartialDate? year = null;
            if (k - start >= 2 && tokens[start].IsAcronym && tokens[start + 1].IsNumber && tokens[start + 1].Text.Length == 4 && int.TryParse(tokens[start + 1].Text, out var y))
            {
                year = PartialDate.Year(y);
                start += 2;
            }
            var end = RightEdge(document, paragraph, k + 1);
            if (end - start < 2) continue;
            // "Collective Security Treaty Organization": a kind noun inside a body's name.
            if (paragraph.Claims.Any(c => c.Kind == ClaimKind.Organization && c.StartToken <= start && c.EndToken >= end)) continue;
            var titleEnd = TitleEnd(paragraph, end);
            var title = paragraph.Original[tokens[start].Start..titleEnd];
            // "… Agreement … of 16 June 2009": RightEdge stopped before the date, which dates the document.
            var date = end + 1 < tokens.Count && tokens[end].Lower == "of" ? DateAt(paragraph, end + 1)?.Date : year;
            var number = k + 2 < end && NumberAfterAbbreviation(document, paragraph, k + 2) ? tokens[k + 2].Text : null;
            found.Add(new FoundDocument(paragraph, tokens[start].Start, titleEnd, title, kind) { Date = date, Number = number });
        }
    }

    private static bool IsTitleWord(Token token) => token.IsCapitalised && !Words.CapitalisedStopWords.Contains(token.Text);

    /// <summary>How far a capitalised title runs: capitals, numbers and the small words between them.</summary>
    private static int RightEdge(ReleaseDocument document, Paragraph paragraph, int from)
    {
        var tokens = paragraph.Tokens;
        var end = from;
        var j = from;
        var afterInsert = false;
        while (j < tokens.Count)
        {
            // "Agreement on … (Association) within the Framework …": a parenthesised word inside a title that goes on.
            if (!afterInsert && tokens[j].GapBefore == Gap.Other && ParenthesisedInsertEnd(paragraph, j) is var resume && resume > j)
            {
                j = resume;
                afterInsert = true;
                continue;
            }
            // "… Presidential and/or Parliamentary Elections": the slashed conjunction inside a title.
            if (SlashedOr(paragraph, j))
            {
                j++;
                continue;
            }
            // 'Plan for the Joint Border Operation "Frontier-2027"': a quoted name closes the title.
            if (end == j && QuotedNameEnd(paragraph, j) is var quoted && quoted > j) return quoted;
            if (!afterInsert && tokens[j].GapBefore is not (Gap.Space or Gap.Hyphen or Gap.Possessive)
                && !CapitalisedEnumeration(paragraph, j) && !NumberAfterAbbreviation(document, paragraph, j)) break;
            afterInsert = false;
            var t = tokens[j];
            if (t.IsCapitalised || t.IsNumber)
            {
                j++;
                end = j;
                continue;
            }
            // "… Observer Mission at Presidential … Elections": "at" inside a title only before a capitalised word that is no place.
            if (t.Lower == "at" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised && tokens[j + 1].GapBefore == Gap.Space
                && !document.Kb.Places.TryMatch(tokens, j + 1, out _, out _) && !document.Kb.Countries.TryMatch(tokens, j + 1, out _, out _))
            {
                j++;
                continue;
            }
            if (!Connectors.Contains(t.Lower)) break;
            // "Memorandum … on granting the status of … to the Republic of X": a gerund after "on" opens a lower-case complement.
            if (t.Lower == "on" && j + 1 < tokens.Count && tokens[j + 1].IsLowerWord && Words.IsGerund(tokens[j + 1]) && tokens[j + 1].GapBefore == Gap.Space)
                return GerundComplementEnd(paragraph, j + 1) is var complementEnd && complementEnd > j + 2 ? complementEnd : end;
            // "… Plan … in Tashkent" ends the title, unless a period follows the place: "… Embassy … in China for 2026–2027".
            if (t.Lower == "in" && j + 1 < tokens.Count && (document.Kb.Places.TryMatch(tokens, j + 1, out _, out var placeLength) || document.Kb.Countries.TryMatch(tokens, j + 1, out _, out placeLength))
                && !PeriodFollows(tokens, j + 1 + placeLength)) break;
            // "… of 16 June 2009": a date is the document's date, not part of its title.
            if (t.Lower == "of" && j + 1 < tokens.Count && tokens[j + 1].IsNumber && DateAt(paragraph, j + 1) is not null) break;
            if (t.Lower == "and" && StartsAnotherDocument(document, tokens, j + 1)) break;
            // "… Strategy for 2024–2029 and its Action Programme": a possessive determiner begins a second document.
            // ("… Psychotropic Substances and Their Precursors": a capitalised one stays in the title.)
            if (t.Lower == "and" && j + 1 < tokens.Count && tokens[j + 1].Text is "its" or "their") break;
            // "to implement the …": one verb after "to" when a title continues behind it.
            if (t.Lower == "to" && j + 2 < tokens.Count && tokens[j + 1].IsLowerWord && !Connectors.Contains(tokens[j + 1].Lower)
                && (tokens[j + 2].Lower == "the" || tokens[j + 2].IsCapitalised) && tokens[j + 1].GapBefore == Gap.Space)
            {
                j += 2;
                continue;
            }
            j++;
        }
        return end;
    }

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "will", "would", "shall", "should", "can", "could", "may", "has", "have", "had",
        "which", "that", "who", "whose", "at", "by", "as", "while", "during", "after", "before", "since",
    };

    /// <summary>
    /// Where a lower-case complement opened by a gerund at <paramref name="from"/> ends: before punctuation, a clause
    /// word, a participle, or a lower-case word right after a capitalised name (its verb: "… to the Republic of X opens").
    /// </summary>
    private static int GerundComplementEnd(Paragraph paragraph, int from)
    {
        var tokens = paragraph.Tokens;
        var end = from;
        for (var j = from; j < tokens.Count && j < from + 20; j++)
        {
            var t = tokens[j];
            if (j > from && t.GapBefore is not (Gap.Space or Gap.Hyphen)) break;
            if (t.IsCapitalised || t.IsNumber)
            {
                end = j + 1;
                continue;
            }
            if (j > from && (ClauseWords.Contains(t.Lower) || t.Lower.EndsWith("ed", StringComparison.Ordinal))) break;
            var connector = Connectors.Contains(t.Lower);
            // "… the status of SCO dialogue partner": an acronym before a lower-case noun modifies it.
            if (!connector && j > from && tokens[j - 1].IsCapitalised && !tokens[j - 1].IsAcronym) break;
            if (!connector) end = j + 1;
        }
        return end;
    }

    /// <summary>The token after a quoted name of one to four words that opens at <paramref name="j"/>; else <paramref name="j"/>.</summary>
    private static int QuotedNameEnd(Paragraph paragraph, int j)
    {
        var tokens = paragraph.Tokens;
        if (j == 0 || tokens[j].GapBefore != Gap.Other || !tokens[j].IsCapitalised) return j;
        var open = paragraph.Between(j - 1, j).Trim();
        if (open is not ("\"" or "“" or "«")) return j;
        var close = open == "«" ? "»" : open == "“" ? "”" : "\"";
        for (var k = j + 1; k <= tokens.Count && k <= j + 4; k++)
        {
            if (paragraph.Text.AsSpan(tokens[k - 1].End).StartsWith(close, StringComparison.Ordinal)) return k;
            if (k == tokens.Count || tokens[k].GapBefore is not (Gap.Space or Gap.Hyphen)) return j;
        }
        return j;
    }

    /// <summary>Where a title of tokens before <paramref name="end"/> ends in the text: after the closing quote of a quoted name it ends with.</summary>
    private static int TitleEnd(Paragraph paragraph, int end)
    {
        var at = paragraph.Tokens[end - 1].End;
        return at < paragraph.Text.Length && paragraph.Text[at] is '"' or '”' or '»' && QuotedNameStart(paragraph, end - 1) ? at + 1 : at;
    }

    /// <summary>True when a quote opens before one of the four tokens up to <paramref name="last"/>.</summary>
    private static bool QuotedNameStart(Paragraph paragraph, int last)
    {
        for (var k = last; k > 0 && k > last - 4; k--)
        {
            if (paragraph.Tokens[k].GapBefore == Gap.Other) return paragraph.Between(k - 1, k).Trim() is "\"" or "“" or "«";
        }
        return false;
    }

    /// <summary>"or" at <paramref name="j"/> written "and/or".</summary>
    private static bool SlashedOr(Paragraph paragraph, int j)
    {
        var tokens = paragraph.Tokens;
        return j > 0 && tokens[j].Lower == "or" && tokens[j - 1].Lower == "and"
            && paragraph.Original.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).SequenceEqual("/");
    }

    /// <summary>The end of a title of tokens [start, end) without a closing "for 2027–2028".</summary>
    private static int WithoutPeriod(IReadOnlyList<Token> tokens, int start, int end)
    {
        var at = end - 1;
        while (at > start && tokens[at].IsNumber) at--;
        return at > start + 1 && at < end - 1 && PeriodFollows(tokens, at) ? at : end;
    }

    /// <summary>"for 2026–2027" at <paramref name="at"/>: a period that belongs to the title before it.</summary>
    private static bool PeriodFollows(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Lower == "for" && tokens[at + 1].IsNumber && tokens[at + 1].GapBefore == Gap.Space;

    /// <summary>A day or month date with a year starting at token <paramref name="at"/>.</summary>
    private static DateExpression? DateAt(Paragraph paragraph, int at)
    {
        var offset = paragraph.Tokens[at].Start;
        foreach (var d in paragraph.Dates)
        {
            if (d.Start == offset && d.Year is not null && d.Precision is DatePrecision.Day or DatePrecision.Month) return d;
        }
        return null;
    }

    /// <summary>"Decision No. 7": a number after the abbreviation "No." continues a title.</summary>
    private static bool NumberAfterAbbreviation(ReleaseDocument document, Paragraph paragraph, int j) =>
        j > 0 && paragraph.Tokens[j].IsNumber && document.Kb.NumberAbbreviations.Contains(paragraph.Tokens[j - 1].Text) && paragraph.GapIs(j - 1, j, ".");

    /// <summary>
    /// The token after ")" when one to three capitalised words (not an acronym, which is a definition) stand in
    /// parentheses at <paramref name="j"/> and a linking word and a capital follow; else <paramref name="j"/>.
    /// </summary>
    private static int ParenthesisedInsertEnd(Paragraph paragraph, int j)
    {
        var tokens = paragraph.Tokens;
        if (j == 0 || !paragraph.GapIs(j - 1, j, "(")) return j;
        var k = j;
        while (k < tokens.Count && k - j < 3 && tokens[k].IsCapitalised && !tokens[k].IsAcronym && (k == j || tokens[k].GapBefore == Gap.Space)) k++;
        if (k == j || k + 1 >= tokens.Count || !paragraph.GapIs(k - 1, k, ")") || !tokens[k].IsLowerWord || !Connectors.Contains(tokens[k].Lower)) return j;
        var next = tokens[k + 1].Lower == "the" ? k + 2 : k + 1;
        return next < tokens.Count && tokens[next].IsCapitalised ? k : j;
    }

    /// <summary>"… Combating Terrorism, Separatism and Extremism for …": a comma inside a capitalised list.</summary>
    private static bool CapitalisedEnumeration(Paragraph paragraph, int j)
    {
        var tokens = paragraph.Tokens;
        if (!paragraph.GapIs(j - 1, j, ",") || !tokens[j].IsCapitalised || !tokens[j - 1].IsCapitalised) return false;
        for (var k = j + 1; k < tokens.Count && k <= j + 4; k++)
        {
            if (tokens[k].GapBefore == Gap.Other) return false;
            if (tokens[k].Lower == "and") return k + 1 < tokens.Count && tokens[k + 1].IsCapitalised;
        }
        return false;
    }

    /// <summary>"adopted the Initiative on World Unity …": what is adopted or signed is a document, whatever its head noun.</summary>
    private static void AdoptedNames(ReleaseDocument document, Paragraph paragraph, List<FoundDocument> found)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("adopted" or "signed" or "approved" or "endorsed")) continue;
            var start = tokens[i + 1].Lower is "the" or "a" ? i + 2 : i + 1;
            if (start >= tokens.Count || !IsTitleWord(tokens[start]) || tokens[start].GapBefore != Gap.Space) continue;
            var end = RightEdge(document, paragraph, start + 1);
            if (end - start < 3 || found.Any(f => f.Paragraph == paragraph && f.Start == tokens[start].Start)) continue;
            if (!tokens.Skip(start).Take(end - start).Any(t => t.Lower is "on" or "for" or "of")) continue;
            var kind = KindOf(document, paragraph.Original[tokens[start].Start..tokens[end - 1].End], firstWords: 6) ?? DocumentKind.Other;
            found.Add(new FoundDocument(paragraph, tokens[start].Start, tokens[end - 1].End, paragraph.Original[tokens[start].Start..tokens[end - 1].End], kind));
            // The name was read as a body's ("Initiative …", "Programme …"); the document reading wins.
            foreach (var claim in paragraph.Claims.Where(c => c.Kind == ClaimKind.Organization && c.StartToken == start).ToList())
                document.Withdraw(paragraph, claim);
        }
    }

    private static bool StartsAnotherDocument(ReleaseDocument document, IReadOnlyList<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 6; j++)
        {
            // "… Strategy … and of the Agreement …", "… Charter and to the Charter …": a repeated preposition before a second title.
            if (tokens[j].Lower == "the" || tokens[j].Lower is "of" or "to" or "with" or "for" && j == from) continue;
            if (!tokens[j].IsCapitalised) return false;
            if (document.Kb.DocumentKinds.ContainsKey(tokens[j].Text)) return true;
        }
        return false;
    }

    private static void AuthoredReports(ReleaseDocument document, Paragraph paragraph, List<FoundDocument> found)
    {
        foreach (Match m in AuthoredReport().Matches(paragraph.Text))
        {
            if (!document.Kb.DocumentKinds.TryGetValue(m.Groups["kind"].Value, out var kind)) continue;
            var end = m.Index + m.Length;
            found.Add(new FoundDocument(paragraph, m.Index, end, paragraph.Original[m.Index..end].TrimEnd(), kind));
        }
    }

    /// <summary>"joint statements by … on A, countering B and C" are three statements; "a comprehensive plan of action against epidemics".</summary>
    private static void LowerCaseTitles(Paragraph paragraph, List<FoundDocument> found)
    {
        foreach (Match m in LowerCaseTitle().Matches(paragraph.Text))
        {
            var kindWords = m.Groups["kind"].Value;
            var kind = kindWords.Contains("plan", StringComparison.Ordinal) ? DocumentKind.Plan
                : kindWords.Contains("memorand", StringComparison.Ordinal) ? DocumentKind.Memorandum
                : kindWords.Contains("declaration", StringComparison.Ordinal) ? DocumentKind.Declaration
                : DocumentKind.Statement;
            var rest = m.Groups["rest"].Value;
            var plural = kindWords.EndsWith('s') && !kindWords.EndsWith("ss", StringComparison.Ordinal);
            var head = paragraph.Original[m.Groups["adj"].Index..m.Groups["prep"].Index];
            if (!plural)
            {
                var cut = rest.IndexOf(',', StringComparison.Ordinal);
                var single = cut < 0 ? rest : rest[..cut];
                var end = m.Groups["rest"].Index + single.Length;
                found.Add(new FoundDocument(paragraph, m.Groups["adj"].Index, end, paragraph.Original[m.Groups["adj"].Index..end].TrimEnd(), kind));
                continue;
            }
            var singular = SingularKind().Replace(head, "$1");
            string? gerund = null;
            foreach (var item in SplitCoordination(rest))
            {
                var text = item;
                var first = text.Split(' ', 2)[0];
                if (first.EndsWith("ing", StringComparison.Ordinal)) gerund = first;
                else if (first == "the" && gerund is not null) text = gerund + " " + text;
                var title = Text.Collapse(singular + m.Groups["prep"].Value + " " + text);
                found.Add(new FoundDocument(paragraph, m.Index, m.Index + m.Length, title, kind) { Rebuilt = true });
            }
        }
    }

    private static IEnumerable<string> SplitCoordination(string rest)
    {
        var parts = CoordinationBreak().Split(rest);
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    private static DocumentKind? KindOf(ReleaseDocument document, string title, int firstWords)
    {
        foreach (var word in Tokenizer.Tokenize(title).Take(firstWords))
        {
            if (document.Kb.DocumentKinds.TryGetValue(word.Text, out var kind) && word.IsCapitalised) return kind;
        }
        return null;
    }

    private static string Signature(string title) =>
        string.Join(' ', Tokenizer.Tokenize(title).Select(t => t.Lower).Where(w => !SignatureStopWords.Contains(w)));

    private static void Merge(ReleaseDocument document, List<FoundDocument> found)
    {
        var drafts = new List<(string Signature, string[] Words, EntityDraft Draft)>();
        // Longer wordings first, so a short form ("Moscow Declaration") joins the full title it begins.
        foreach (var doc in found.OrderBy(d => d.Paragraph.Index).ThenBy(d => d.Start))
        {
            var signature = Signature(doc.Title);
            var words = signature.Split(' ');
            var existing = drafts.FirstOrDefault(d => d.Signature == signature);
            if (existing.Draft is null)
            {
                var longer = drafts.FirstOrDefault(d => d.Words.Length > words.Length && words.Length >= 2 && IsShortForm(words, d.Words));
                existing = longer;
            }
            if (existing.Draft is null)
            {
                var shorter = drafts.FirstOrDefault(d => d.Words.Length < words.Length && d.Words.Length >= 2 && IsShortForm(d.Words, words)
                    && d.Draft.DocumentKind == doc.Kind);
                if (shorter.Draft is not null)
                {
                    var replacement = Create(document, doc);
                    document.Merge(shorter.Draft, replacement);
                    drafts.Remove(shorter);
                    drafts.Add((signature, words, replacement));
                    Record(document, doc, replacement);
                    continue;
                }
            }
            var draft = existing.Draft ?? Create(document, doc);
            if (existing.Draft is null) drafts.Add((signature, words, draft));
            Record(document, doc, draft);
        }
    }

    /// <summary>
    /// A short wording of a longer title: its beginning ("Moscow Declaration"), or at least four of its words in order
    /// from its first to its last ("Agreement on Cooperation in the Field of Culture" for "Agreement between the
    /// Governments of … on Cooperation in the Field of Culture").
    /// </summary>
    private static bool IsShortForm(string[] shortWords, string[] longWords)
    {
        if (longWords.Take(shortWords.Length).SequenceEqual(shortWords)) return true;
        if (shortWords.Length < 4 || shortWords[0] != longWords[0] || shortWords[^1] != longWords[^1]) return false;
        var at = 0;
        foreach (var word in longWords)
        {
            if (at < shortWords.Length && word == shortWords[at]) at++;
        }
        return at == shortWords.Length;
    }

    private static EntityDraft Create(ReleaseDocument document, FoundDocument doc)
    {
        var tokens = Tokenizer.Tokenize(Pipeline.Text.Normalise(doc.Title));
        string name;
        DocumentKind kind = doc.Kind;
        if (document.Kb.Documents.TryMatch(tokens, 0, out var entry, out var length) && length == tokens.Count)
        {
            name = entry.Name;
            kind = entry.Kind;
        }
        else
        {
            name = document.Known.CanonicalName(EntityKind.Document, doc.Title) ?? doc.Title;
        }
        var draft = document.Entity(EntityKind.Document, name);
        draft.DocumentKind ??= kind;
        return draft;
    }

    private static void Record(ReleaseDocument document, FoundDocument doc, EntityDraft draft)
    {
        draft.DocumentKind ??= doc.Kind;
        draft.Number ??= doc.Number;
        draft.Date ??= doc.Date;
        draft.AddAlias(doc.Title);
        if (doc.FromList) document.ListedDocuments.Add(draft.Key);
        if (doc.Rebuilt) return;
        document.MentionChars(draft, doc.Paragraph, doc.Start, doc.End, asAlias: false);
        var tokens = doc.Paragraph.Tokens;
        var first = tokens.FirstOrDefault(t => t.End > doc.Start);
        var last = tokens.LastOrDefault(t => t.Start < doc.End);
        if (first is not null && last is not null)
            doc.Paragraph.Claims.Add(new Claim(ClaimKind.Document, first.Index, last.Index + 1, draft));
    }

    [GeneratedRegex(@"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?<title>\S[^\n]*?)[ \t]*$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?:\s*\([^)]*\))+\s*\.?\s*$|\.\s*$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\b[Rr]esolution\s+(?<number>\d{1,3}/\d{1,4}|\d{3,4}(?![\d/]))(?:\s+of\s+(?<date>\d{1,2}\s+\p{L}+,?\s+\d{4})|\s+[""“](?<quoted>[^""”\n]{3,200})[""”])?")]
    private static partial Regex NumberedResolution();

    [GeneratedRegex(@"(?:(?:\b(?:UN|SCO|[\p{Lu}][\p{L}]+)[\s-]+)*(?:[\p{Lu}][\p{L}-]*)'s\s+(?<kind>report|statement|declaration|strategy|concept|plan)|\b(?<kind>report|statement)\s+of\s+the\s+(?:[\p{Lu}][\p{L}-]*\s+)+)\s*(?:on|of|about)\s+[^,.;]+")]
    private static partial Regex AuthoredReport();

    [GeneratedRegex(@"\b(?:(?:a|an|the|its|their)\s+)?(?<adj>(?:(?:comprehensive|joint|common|collective|new)\s+)*(?<kind>plans? of action|action plans?|joint (?:statement|declaration)s?|memorand(?:um|a) of understanding))\s+(?:by\s+[^,.;]+?\s+)?(?<prep>on|against|for)\s+(?<rest>[^.;]+?)(?=,\s+which|,\s+that|[.;]|$)")]
    private static partial Regex LowerCaseTitle();

    [GeneratedRegex(@"plan|joint|memorand")]
    private static partial Regex LowerCaseCue();

    [GeneratedRegex(@"(statement|declaration|plan)s\b")]
    private static partial Regex SingularKind();

    [GeneratedRegex(@",\s+(?=(?!including)\w+ing\b)|\s+and\s+(?=the\b|(?!including)\w+ing\b)")]
    private static partial Regex CoordinationBreak();
}
