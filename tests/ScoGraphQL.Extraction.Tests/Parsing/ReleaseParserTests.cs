using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;

namespace ScoGraphQL.Extraction.Tests.Parsing;

/// <summary>Releases written here, so nothing in the parser can lean on the five seed files.</summary>
public sealed class ReleaseParserTests
{
    private static readonly ReleaseParser Parser = new();

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    private const string Headline = "Foreign Ministers of SCO Member States Meet in Minsk";

    private static readonly string Simple = Lines(
        Headline,
        "",
        "On 4 June 2022, the foreign ministers met in Minsk.",
        "",
        "They discussed trade and security.");

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    [InlineData("\u00A0\r\n\u00A0\u00A0")]
    [InlineData("\uFEFF")]
    [InlineData("\u200B\n\u00A0")]
    public void Empty_or_blank_text_is_a_format_error(string text)
    {
        var error = Assert.Throws<ReleaseFormatException>(() => Parser.Parse(text));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_of_only_boilerplate_is_a_format_error()
    {
        var error = Assert.Throws<ReleaseFormatException>(() => Parser.Parse(Lines("Leave a Reply", "", "Call us")));
        Assert.Contains("boilerplate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text_is_an_argument_error() => Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!));

    [Fact]
    public void Headline_without_body_parses_with_an_empty_body_warning()
    {
        var release = Parser.Parse(Headline + "\n\n");
        Assert.Equal(Headline, release.Title);
        Assert.Empty(release.Paragraphs);
        Assert.Equal(0, release.WordCount);
        Assert.Null(release.EventDate);
        Assert.Contains(WarningCodes.EmptyBody, release.Warnings.Select(w => w.Code));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_line_ending_gives_the_same_release(string newline)
    {
        var release = Parser.Parse(Simple.Replace("\n", newline, StringComparison.Ordinal));
        var reference = Parser.Parse(Simple);
        Assert.Equal(reference.Title, release.Title);
        Assert.Equal(reference.Paragraphs, release.Paragraphs);
        Assert.Equal(reference.Checksum, release.Checksum);
        Assert.Equal(2, release.Paragraphs.Count);
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        var release = Parser.Parse("\uFEFF" + Simple);
        Assert.Equal(Headline, release.Title);
        Assert.Equal(Parser.Parse(Simple).Checksum, release.Checksum);
        Assert.DoesNotContain(release.Warnings, w => w.Code == WarningCodes.OddCharacter);
    }

    [Fact]
    public void Any_byline_date_becomes_publishedAt()
    {
        var release = Parser.Parse(Lines(Headline, "", "2019-11-02 08:41 editor source: share:", "", "On 1 November 2019, the ministers met."));
        Assert.Equal(new DateTimeOffset(2019, 11, 2, 8, 41, 0, TimeSpan.Zero), release.PublishedAt);
        Assert.Equal(["On 1 November 2019, the ministers met."], release.Paragraphs);
    }

    [Fact]
    public void Sentence_starting_with_a_timestamp_is_not_a_byline()
    {
        var release = Parser.Parse(Lines(Headline, "", "2019-11-02 08:41 was the moment the talks began. They lasted long."));
        Assert.Null(release.PublishedAt);
        Assert.Single(release.Paragraphs);
    }

    [Fact]
    public void Cyrillic_second_line_is_a_russian_alternate_title()
    {
        var release = Parser.Parse(Lines(Headline, "Министры иностранных дел ШОС встретились в Минске", "", "On 4 June 2022, the ministers met."));
        Assert.Equal([new AlternateTitle("Министры иностранных дел ШОС встретились в Минске", "ru")], release.AlternateTitles);
        Assert.Equal(["On 4 June 2022, the ministers met."], release.Paragraphs);
    }

    [Fact]
    public void Russian_headline_on_line_three_only_is_an_alternate_title_without_layout_warning()
    {
        var release = Parser.Parse(Lines(Headline, "", "Встреча министров", "", "On 4 June 2022, the ministers met.", "", "They agreed."));
        Assert.Equal([new AlternateTitle("Встреча министров", "ru")], release.AlternateTitles);
        Assert.Equal(2, release.Paragraphs.Count);
        Assert.DoesNotContain(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact);
    }

    [Fact]
    public void Russian_sentence_quoted_in_the_body_is_not_a_headline()
    {
        const string quote = "Он сказал: «Мы готовы к сотрудничеству».";
        var release = Parser.Parse(Lines(Headline, "", "The minister spoke.", "", quote));
        Assert.Empty(release.AlternateTitles);
        Assert.Equal(quote, release.Paragraphs[^1]);
    }

    [Fact]
    public void Misspelled_months_in_a_release_are_warned()
    {
        var release = Parser.Parse(Lines(Headline, "", "On 4 Agust 2022, the ministers met.", "", "The next meeting is set for Decmber 2022."));
        Assert.Equal(new DateOnly(2022, 8, 4), release.EventDate);
        Assert.Equal(["Agust", "Decmber"], release.Warnings.Where(w => w.Code == WarningCodes.Misspelling).Select(w => w.Text));
        Assert.Equal([0, 1], release.Warnings.Where(w => w.Code == WarningCodes.Misspelling).Select(w => w.Paragraph));
    }

    [Fact]
    public void Line_break_after_a_sentence_end_starts_a_paragraph_and_a_soft_wrap_does_not()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers met in", "Minsk on Saturday.", "They signed a plan."));
        Assert.Equal(["The ministers met in Minsk on Saturday.", "They signed a plan."], release.Paragraphs);
        Assert.DoesNotContain(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact);
    }

    [Fact]
    public void Line_break_after_an_abbreviation_or_before_lower_case_is_a_soft_wrap()
    {
        var release = Parser.Parse(Lines(Headline, "", "The minister met Mr.", "Norov in Minsk. Both spoke of the U.N.", "agenda.", "They agreed."));
        Assert.Equal(["The minister met Mr. Norov in Minsk. Both spoke of the U.N. agenda.", "They agreed."], release.Paragraphs);
    }

    [Fact]
    public void Paragraph_break_inside_a_sentence_is_joined_and_warned()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers approved the plan of the", "", "Council of Foreign Ministers.", "", "It ends here"));
        Assert.Equal(["The ministers approved the plan of the Council of Foreign Ministers.", "It ends here"], release.Paragraphs);
        var warning = Assert.Single(release.Warnings, w => w.Code == WarningCodes.LayoutArtefact);
        Assert.Equal(0, warning.Paragraph);
    }

    [Fact]
    public void Paragraph_without_final_stop_before_a_capitalised_sentence_stays_apart()
    {
        var release = Parser.Parse(Lines(Headline, "", "Under the motto Cooperation for Prosperity", "", "The next meeting will be in Astana."));
        Assert.Equal(2, release.Paragraphs.Count);
    }

    [Fact]
    public void Numbered_list_items_stay_separate_paragraphs()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers signed:", "1. The Minsk Plan.", "2. The Joint Statement", "3. A memorandum"));
        Assert.Equal(["The ministers signed:", "1. The Minsk Plan.", "2. The Joint Statement", "3. A memorandum"], release.Paragraphs);
    }

    [Fact]
    public void Every_kind_of_site_furniture_is_removed_with_its_text()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers met.", "", "Share:", "Leave a Comment", "Required fields are marked *",
            "Contact us: +7 495 123 45 67", "© 2021 SCO Secretariat", "Powered by WordPress", "", "Photo gallery"));
        Assert.Equal(["The ministers met."], release.Paragraphs);
        Assert.Equal(7, release.Warnings.Count(w => w.Code == WarningCodes.BoilerplateRemoved));
        Assert.Contains(release.Warnings, w => w.Text == "Photo gallery");
    }

    [Fact]
    public void Caption_like_line_in_the_middle_is_kept()
    {
        var release = Parser.Parse(Lines(Headline, "", "Video conferencing has become the norm", "", "The ministers met.", "", "They agreed."));
        Assert.Equal(3, release.Paragraphs.Count);
    }

    [Fact]
    public void Odd_spaces_and_zero_width_characters_are_cleaned_and_reported()
    {
        var release = Parser.Parse(Lines(Headline, "", "The\u00A0ministers\u2009met\u200B in  Minsk.\u00A0"));
        Assert.Equal(["The ministers met in Minsk."], release.Paragraphs);
        var odd = release.Warnings.Where(w => w.Code == WarningCodes.OddCharacter).Select(w => w.Message).ToList();
        Assert.Contains(odd, m => m.StartsWith("2 × U+00A0", StringComparison.Ordinal));
        Assert.Contains(odd, m => m.Contains("U+2009", StringComparison.Ordinal));
        Assert.Contains(odd, m => m.Contains("U+200B", StringComparison.Ordinal));
    }

    [Fact]
    public void Combining_mark_on_a_letter_is_composed_and_a_stray_one_removed()
    {
        var release = Parser.Parse(Lines(Headline, "", "Miroslav Jenc\u030Ca spoke on 5\u0301 May 2022."));
        Assert.Equal(["Miroslav Jenča spoke on 5 May 2022."], release.Paragraphs);
        var warning = Assert.Single(release.Warnings, w => w.Code == WarningCodes.OddCharacter);
        Assert.Equal("5\u0301", warning.Text);
        Assert.Equal(0, warning.Paragraph);
    }

    [Fact]
    public void Stray_mark_warning_points_at_the_paragraph_that_held_it()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers met.", "", "They signed \u0301the plan."));
        Assert.Equal("They signed the plan.", release.Paragraphs[1]);
        var warning = Assert.Single(release.Warnings, w => w.Code == WarningCodes.OddCharacter);
        Assert.Equal(1, warning.Paragraph);
        Assert.Equal("\u0301the", warning.Text);
    }

    [Fact]
    public void Curly_quotes_are_kept_as_text()
    {
        var release = Parser.Parse(Lines("The SCO\u2019s \u201CNew Era\u201D", "", "He said \u201Cyes\u201D to the SCO\u2019s plan."));
        Assert.Equal("The SCO\u2019s \u201CNew Era\u201D", release.Title);
        Assert.Equal(["He said \u201Cyes\u201D to the SCO\u2019s plan."], release.Paragraphs);
    }

    [Fact]
    public void Release_without_a_full_date_has_no_event_date()
    {
        var release = Parser.Parse(Lines(Headline, "", "In June 2022 the ministers met.", "", "They meet every year since 2001."));
        Assert.Null(release.EventDate);
    }

    [Fact]
    public void End_date_is_not_taken_as_the_event_date()
    {
        var release = Parser.Parse(Lines(Headline, "", "The exhibition is open until 30 June 2022.", "", "It opened on 1 June 2022."));
        Assert.Equal(new DateOnly(2022, 6, 1), release.EventDate);
    }

    [Fact]
    public void Byline_date_prefers_a_recent_date_over_older_background()
    {
        var release = Parser.Parse(Lines(Headline, "", "2022-06-06 10:00:00 admin source: share:", "",
            "Since 15 June 2001 the SCO has grown. On 4 June 2022, the ministers met."));
        Assert.Equal(new DateOnly(2022, 6, 4), release.EventDate);
    }

    [Fact]
    public void Date_without_a_year_takes_the_byline_year()
    {
        var release = Parser.Parse(Lines(Headline, "", "2022-06-06 10:00:00 admin source: share:", "", "On 4 June, the ministers met."));
        Assert.Equal(new DateOnly(2022, 6, 4), release.EventDate);
    }

    [Fact]
    public void Event_long_before_the_byline_is_kept_and_warned()
    {
        var release = Parser.Parse(Lines(Headline, "", "2022-06-06 10:00:00 admin source: share:", "", "On 4 June 2021, the ministers met."));
        Assert.Equal(new DateOnly(2021, 6, 4), release.EventDate);
        var warning = Assert.Single(release.Warnings, w => w.Code == WarningCodes.DateInconsistent);
        Assert.Equal("4 June 2021", warning.Text);
        Assert.Equal(0, warning.Paragraph);
    }

    [Fact]
    public void Meeting_over_several_days_is_dated_by_its_first_day()
    {
        var release = Parser.Parse(Lines(Headline, "", "The ministers met in Minsk on 9-10 June 2022."));
        Assert.Equal(new DateOnly(2022, 6, 9), release.EventDate);
    }

    [Theory]
    [InlineData("Headline\n\n\u0301\u0335 starts with marks.")]
    [InlineData("Headline\n\nBroken \uD800 surrogate and \uDC00 another.")]
    [InlineData("Headline\n\n12345678901234567890 1/2/3 2021-2022-2023 99 May 2021 0 June 2020")]
    [InlineData("\u0335")]
    [InlineData("Only a headline with \r\r\r\n\n")]
    public void Odd_input_parses_or_fails_with_a_format_error_only(string text)
    {
        try
        {
            var release = Parser.Parse(text);
            Assert.NotEmpty(release.Title);
            foreach (var paragraph in release.Paragraphs)
                Assert.True(paragraph.IsNormalized(System.Text.NormalizationForm.FormC));
        }
        catch (ReleaseFormatException)
        {
        }
    }

    [Fact]
    public void Broken_surrogate_becomes_a_replacement_character_with_a_warning()
    {
        var release = Parser.Parse("Headline\n\nBroken \uD800 here.");
        Assert.Equal(["Broken \uFFFD here."], release.Paragraphs);
        Assert.Contains(release.Warnings, w => w.Code == WarningCodes.OddCharacter && w.Message.Contains("U+D800", StringComparison.Ordinal));
    }

    [Fact]
    public void Checksum_depends_on_content_only()
    {
        var a = Parser.Parse(Simple);
        var b = Parser.Parse(Simple.Replace(" ", "\u00A0", StringComparison.Ordinal) + "\n\n\n");
        var c = Parser.Parse(Simple.Replace("trade", "culture", StringComparison.Ordinal));
        Assert.Equal(a.Checksum, b.Checksum);
        Assert.NotEqual(a.Checksum, c.Checksum);
    }

    [Fact]
    public void Word_count_counts_words_of_the_clean_body()
    {
        var release = Parser.Parse(Lines(Headline, "", "One two – three.", "", "Four\u00A0five.", "", "Call us"));
        Assert.Equal(5, release.WordCount);
    }
}
