using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Reads one press release from raw text: headline, alternate headlines, byline time, clean paragraphs, the
/// date of the reported event, and warnings for everything it removed or doubts. Pure and thread-safe.
/// </summary>
public sealed class ReleaseParser
{
    private const int MaxHeadlineWords = 30;

    private static readonly string[] BylineFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm",
         "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTH:mm"];

    /// <exception cref="ReleaseFormatException">The text holds no headline (empty, blank or only boilerplate).</exception>
    public ParsedRelease Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new WarningCollector();
        var normaliser = new LineNormaliser(warnings);
        var state = new State(warnings);

        var rawLines = SplitLines(text);
        var titleIndex = -1;
        var title = string.Empty;
        var sawBoilerplate = false;
        for (var i = 0; i < rawLines.Length; i++)
        {
            var line = normaliser.Normalise(rawLines[i]);
            if (line.Length == 0) continue;
            if (state.TryRemoveBoilerplate(line))
            {
                sawBoilerplate = true;
                continue;
            }
            titleIndex = i;
            title = line;
            break;
        }
        if (titleIndex < 0)
        {
            throw new ReleaseFormatException(sawBoilerplate
                ? "The release holds only site boilerplate (bylines, footers, comment forms): it has no headline."
                : "The release is empty: it holds no visible text, so it has no headline.");
        }

        var language = ScriptDetector.DetectLanguage(text);
        var blocks = new List<IReadOnlyList<string>>();
        var block = new List<string>();
        for (var i = titleIndex + 1; i < rawLines.Length; i++)
        {
            var raw = rawLines[i];
            var line = normaliser.Normalise(raw);
            if (line.Length == 0)
            {
                // A line of only no-break or zero-width spaces is an empty paragraph the site left behind.
                if (raw.Trim(' ', '\t').Length > 0)
                    warnings.Add(WarningCodes.BoilerplateRemoved, "An empty paragraph (only invisible or no-break spaces) was removed.", text: raw);
            }
            else if (!state.TryRemoveBoilerplate(line) && !state.TryTakeHeadline(line, title, language, bodyStarted: blocks.Count > 0 || block.Count > 0))
            {
                block.Add(line);
                continue;
            }
            if (block.Count > 0)
            {
                blocks.Add(block);
                block = [];
            }
        }
        if (block.Count > 0) blocks.Add(block);
        normaliser.ReportTallies();

        var paragraphs = ParagraphAssembler.FromBlocks(blocks);
        state.RemoveTrailingBoilerplate(paragraphs);
        paragraphs = ParagraphAssembler.Repair(paragraphs, warnings);
        if (paragraphs.Count == 0)
            warnings.Add(WarningCodes.EmptyBody, "The release has a headline but no body text.");

        var dates = FindDates(paragraphs, warnings);
        var primary = EventDates.FindPrimary(dates, state.PublishedAt);
        if (primary is { } p)
        {
            EventDates.CheckYear(p.Where, dates, warnings);
            EventDates.CheckAgainstPublication(p.Where, p.Date, state.PublishedAt, warnings);
        }

        var body = string.Join("\n\n", paragraphs);
        return new ParsedRelease
        {
            Title = title,
            AlternateTitles = state.AlternateTitles,
            PublishedAt = state.PublishedAt,
            EventDate = primary?.Date,
            Paragraphs = paragraphs,
            Warnings = warnings.Build(paragraphs),
            WordCount = ParagraphAssembler.CountWords(body),
            Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + body))),
        };
    }

    private static string[] SplitLines(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return text[start..].ReplaceLineEndings("\n").Split('\n');
    }

    private static List<EventDates.Located> FindDates(IReadOnlyList<string> paragraphs, WarningCollector warnings)
    {
        var dates = new List<EventDates.Located>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var e in DateExpressions.Find(paragraphs[i]))
            {
                dates.Add(new EventDates.Located(i, e));
                if (e.MisspelledMonth is { } typo)
                {
                    warnings.Add(WarningCodes.Misspelling,
                        $"Month name '{typo}' is misspelled; read as {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(e.Month!.Value)}.",
                        i, typo);
                }
            }
        }
        return dates;
    }

    /// <summary>What one parse learns on the way: headlines seen, the byline time.</summary>
    private sealed class State(WarningCollector warnings)
    {
        private readonly List<AlternateTitle> _alternates = [];
        private readonly HashSet<string> _headlinesSeen = new(StringComparer.Ordinal);

        public IReadOnlyList<AlternateTitle> AlternateTitles => _alternates;

        public DateTimeOffset? PublishedAt { get; private set; }

        public bool TryRemoveBoilerplate(string line)
        {
            if (BoilerplatePatterns.Match(line, BoilerplateScope.AnyLine) is not var (pattern, match)) return false;
            Removed(pattern, line);
            var ts = match.Groups["ts"];
            if (ts.Success && DateTime.TryParseExact(ts.Value, BylineFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
            {
                var published = new DateTimeOffset(stamp, TimeSpan.Zero);
                if (PublishedAt is null) PublishedAt = published;
                else if (PublishedAt != published)
                    warnings.Add(WarningCodes.DateInconsistent,
                        $"Two bylines give different times; the first ({PublishedAt:yyyy-MM-dd HH:mm:ss}) is kept.", text: line);
            }
            return true;
        }

        public void RemoveTrailingBoilerplate(List<string> paragraphs)
        {
            while (paragraphs.Count > 0 && BoilerplatePatterns.Match(paragraphs[^1], BoilerplateScope.TrailingParagraph) is var (pattern, _))
            {
                Removed(pattern, paragraphs[^1]);
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
        }

        /// <summary>
        /// A repeat of the headline, or a headline-like line in another script than the release (a Russian
        /// headline in an English release), is an alternate title, listed once; every repeat is a layout artefact.
        /// </summary>
        public bool TryTakeHeadline(string line, string title, string? releaseLanguage, bool bodyStarted)
        {
            var lineLanguage = ScriptDetector.DetectLanguage(line);
            var isTitle = string.Equals(line, title, StringComparison.Ordinal);
            var isForeignHeadline = lineLanguage is not null && lineLanguage != releaseLanguage && LooksLikeHeadline(line);
            if (!isTitle && !isForeignHeadline) return false;

            if (!_headlinesSeen.Add(line) || isTitle)
            {
                warnings.Add(WarningCodes.LayoutArtefact,
                    isTitle ? "The headline is repeated; the repeat was removed from the body." : "An alternate headline is repeated; the repeat was removed from the body.",
                    text: line);
            }
            else if (bodyStarted)
            {
                warnings.Add(WarningCodes.LayoutArtefact,
                    "A headline in another language stands inside the body; it was moved to the alternate titles.", text: line);
            }

            if (_alternates.TrueForAll(a => a.Text != line))
                _alternates.Add(new AlternateTitle(line, lineLanguage ?? "und"));
            return true;
        }

        private void Removed(BoilerplatePattern pattern, string line) =>
            warnings.Add(WarningCodes.BoilerplateRemoved, $"Removed {pattern.Description}.", text: line);

        private static bool LooksLikeHeadline(string line) =>
            !ParagraphAssembler.EndsSentence(line)
            && !ParagraphAssembler.IsListItem(line)
            && ParagraphAssembler.CountWords(line) <= MaxHeadlineWords;
    }
}
