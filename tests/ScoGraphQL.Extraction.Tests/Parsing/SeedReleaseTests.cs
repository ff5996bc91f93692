using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Tests.Parsing;

/// <summary>The five seed releases against the hand annotations in shared/gold.</summary>
public sealed class SeedReleaseTests
{
    private const string S000 = "000_05fdf4034ddeb5e3.txt";
    private const string S001 = "001_c239efc73a400580.txt";
    private const string S002 = "002_6fc61e669fac360d.txt";
    private const string S003 = "003_71c49925f9e23485.txt";
    private const string S004 = "004_a116f53807da5ab0.txt";

    public static TheoryData<string> AllSeeds => [S000, S001, S002, S003, S004];

    private static ParsedRelease Parse(string file) => new ReleaseParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Seeds, file)));

    private static string[] Codes(ParsedRelease release) => release.Warnings.Select(w => w.Code).ToArray();

    [Theory]
    [InlineData(S000, "The SCO Secretary-General delivers remarks at the opening of the Council of National Coordinators meeting")]
    [InlineData(S001, "Review of SCO Secretary-General\u2019s speech at the 15th meeting of Security Council Secretaries of SCO Member States")]
    [InlineData(S002, "A Virtual Summit of the Shanghai Cooperation Organisation Held")]
    [InlineData(S003, "SCO Secretary-General holds online meeting with UN high repreentatives")]
    [InlineData(S004, "Interactive Consultations Held Between SCO and UN Secretariats")]
    public void First_line_is_the_headline_as_written(string file, string title) => Assert.Equal(title, Parse(file).Title);

    [Fact]
    public void Cyrillic_third_line_is_a_russian_alternate_title()
    {
        var alternate = Assert.Single(Parse(S000).AlternateTitles);
        Assert.Equal(new AlternateTitle("Начал работу Совет национальных координаторов", "ru"), alternate);
    }

    [Fact]
    public void Repeated_english_headline_is_one_english_alternate_title()
    {
        var release = Parse(S001);
        var alternate = Assert.Single(release.AlternateTitles);
        Assert.Equal(new AlternateTitle(release.Title, "en"), alternate);
        Assert.DoesNotContain(release.Paragraphs, p => p.Contains("Review of SCO", StringComparison.Ordinal));
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact && w.Text == release.Title);
    }

    [Fact]
    public void Russian_headline_repeated_inside_the_body_is_listed_once_and_the_repeats_removed()
    {
        var release = Parse(S003);
        const string russian = "Генеральный секретарь ШОС провел онлайн-встречу с высокими представителями системы ООН";
        Assert.Equal([new AlternateTitle(russian, "ru")], release.AlternateTitles);
        Assert.DoesNotContain(release.Paragraphs, p => p.Contains("ШОС", StringComparison.Ordinal));
        Assert.Equal(2, release.Warnings.Count(w => w.Code == WarningCodes.LayoutArtefact && w.Text == russian));
    }

    [Theory]
    [InlineData(S002)]
    [InlineData(S004)]
    public void Release_with_one_headline_has_no_alternate_titles(string file) => Assert.Empty(Parse(file).AlternateTitles);

    [Fact]
    public void Byline_becomes_publishedAt()
    {
        var release = Parse(S004);
        Assert.Equal(new DateTimeOffset(2021, 5, 27, 15, 3, 1, TimeSpan.Zero), release.PublishedAt);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.BoilerplateRemoved && w.Text == "2021-05-27 15:03:01 admin source: share:");
    }

    [Theory]
    [InlineData(S000)]
    [InlineData(S001)]
    [InlineData(S002)]
    [InlineData(S003)]
    public void Release_without_byline_has_no_publishedAt(string file) => Assert.Null(Parse(file).PublishedAt);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Site_boilerplate_is_gone_from_the_body(string file)
    {
        var body = Parse(file).Body;
        foreach (var furniture in new[] { "Call us", "Leave a Reply", "Your email address", "Required fields", "Powered by", "admin source", "share:", "Video address", "MetInfo" })
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void No_odd_characters_are_left_in_title_or_body(string file)
    {
        var release = Parse(file);
        foreach (var text in release.Paragraphs.Append(release.Title))
        {
            Assert.DoesNotContain('\u00A0', text);
            Assert.DoesNotContain('\u0335', text);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.Equal(text.Trim(), text);
            Assert.NotEmpty(text);
        }
    }

    [Theory]
    [InlineData(S000, "2020-03-10")]
    [InlineData(S001, "2020-09-15")]
    [InlineData(S002, "2020-11-10")]
    [InlineData(S003, "2021-02-09")]
    [InlineData(S004, "2021-05-17")]
    public void EventDate_is_the_gold_primary_event_date(string file, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Parse(file).EventDate);

    [Fact]
    public void Sentence_split_inside_an_organisation_name_is_rejoined()
    {
        var release = Parse(S000);
        Assert.StartsWith("On 10 March 2020,", release.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("Structure of the Shanghai Cooperation Organisation (RATS SCO) in Tashkent.", release.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("SCO Secretary-General Vladimir Norov pointed out", release.Paragraphs[1], StringComparison.Ordinal);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact && w.Paragraph == 0);
    }

    [Fact]
    public void Sentence_split_before_a_lower_case_word_is_rejoined()
    {
        var release = Parse(S001);
        Assert.EndsWith("will facilitate productive discussions at the session of the Heads of State Council that will take place in November this year.",
            release.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact && w.Paragraph == release.Paragraphs.Count - 1);
    }

    [Fact]
    public void Trailing_video_caption_is_removed_with_a_warning()
    {
        var release = Parse(S001);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.BoilerplateRemoved
            && w.Text == "Video address by SCO Secretary-General (Russian language only)");
    }

    [Fact]
    public void Year_contradicting_the_nearby_dates_is_kept_and_warned()
    {
        var release = Parse(S000);
        Assert.Equal(new DateOnly(2020, 3, 10), release.EventDate);
        var warning = Assert.Single(release.Warnings, w => w.Code == WarningCodes.DateInconsistent);
        Assert.Contains("2021", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, warning.Paragraph);
    }

    [Theory]
    [InlineData(S001)]
    [InlineData(S002)]
    [InlineData(S003)]
    [InlineData(S004)]
    public void Background_dates_in_other_years_are_not_a_date_inconsistency(string file) =>
        Assert.DoesNotContain(WarningCodes.DateInconsistent, Codes(Parse(file)));

    [Fact]
    public void Stroke_overlay_between_years_becomes_an_en_dash_with_a_warning()
    {
        var release = Parse(S002);
        Assert.Contains("Action Plan for 2021–2025 to implement", release.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("2. Decision of the Council of Heads of State of the SCO Member States Approving the Action Plan for 2021–2025", release.Paragraphs[4], StringComparison.Ordinal);
        var warnings = release.Warnings.Where(w => w.Code == WarningCodes.OddCharacter && w.Text == "2021\u0335 2025").ToList();
        Assert.Equal([1, 4], warnings.Select(w => w.Paragraph));
    }

    [Fact]
    public void Comment_form_and_blank_nbsp_paragraph_are_removed_with_warnings()
    {
        var removed = Parse(S002).Warnings.Where(w => w.Code == WarningCodes.BoilerplateRemoved).Select(w => w.Text).ToList();
        Assert.Contains("Leave a Reply", removed);
        Assert.Contains("Your email address will not be published. Required fields are marked *", removed);
        Assert.Contains("Call us", removed);
        Assert.Contains("\u00A0", removed);
    }

    [Fact]
    public void Glued_annex_heading_stands_alone_before_its_numbered_list()
    {
        var release = Parse(S002);
        Assert.EndsWith("The SCO Chairmanship was assumed by the Republic of Tajikistan.", release.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("A list documents to be adopted", release.Paragraphs[2], StringComparison.Ordinal);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact && w.Paragraph == 2);
        for (var item = 1; item <= 16; item++)
            Assert.StartsWith($"{item}. ", release.Paragraphs[2 + item], StringComparison.Ordinal);
        Assert.Equal(19, release.Paragraphs.Count);
    }

    [Fact]
    public void Misspelled_months_raise_misspelling_warnings()
    {
        var misspellings = Parse(S003).Warnings.Where(w => w.Code == WarningCodes.Misspelling).Select(w => w.Text);
        Assert.Equal(["Novemebr", "Septemebr"], misspellings);
    }

    [Fact]
    public void Footer_is_removed_with_a_warning()
    {
        Assert.Contains(Parse(S004).Warnings, w => w.Code == WarningCodes.BoilerplateRemoved && w.Text == "Powered by MetInfo 7.2.0 ©2008-2024");
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void No_break_spaces_are_reported_once_as_odd_characters(string file)
    {
        var release = Parse(file);
        Assert.Single(release.Warnings, w => w.Code == WarningCodes.OddCharacter && w.Message.Contains("U+00A0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Checksum_ignores_line_endings_and_no_break_spaces(string file)
    {
        var raw = File.ReadAllText(Path.Combine(TestPaths.Seeds, file));
        var parser = new ReleaseParser();
        var original = parser.Parse(raw);
        var variant = parser.Parse(raw.Replace("\n", "\r\n", StringComparison.Ordinal).Replace('\u00A0', ' '));
        Assert.Equal(original.Checksum, variant.Checksum);
        Assert.Matches("^[0-9a-f]{64}$", original.Checksum);
    }

    [Fact]
    public void Word_count_is_taken_over_the_clean_body()
    {
        var release = Parse(S004);
        Assert.Equal(release.Body.Split(' ', '\n').Count(t => t.Any(char.IsLetterOrDigit)), release.WordCount);
        Assert.InRange(release.WordCount, 400, 480);
    }
}
