using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Event cues found missing on unseen releases: relative days and months, cities that host, councils that adopt, counted
/// forums, expos, open days, videoconferences, and event words that refer back to an event already reported.
/// </summary>
public sealed class EventCueTests
{
    private static IEnumerable<ExtractedEntity> Events(ExtractionResult result) => result.Entities.Where(e => e.Kind == EntityKind.Event);

    private static ExtractedEntity EventIn(ExtractionResult result, string city) =>
        Assert.Single(Events(result), e => e.PlaceKey == EntityKeys.For(EntityKind.Place, city));

    [Fact]
    public void A_meeting_held_the_day_before_is_dated_the_day_before_the_release_s_event()
    {
        var result = Extract.From("On 9 April 2027, the Meeting of Water Ministers of the SCO Member States was held in Osh. The ministers recalled the summit in Astana on 4 July 2024. The text had been agreed the day before at a meeting of senior officials, also held in Osh.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Day(2027, 4, 8));
    }

    [Fact]
    public void A_month_named_in_a_sentence_about_the_future_is_the_next_such_month()
    {
        var result = Extract.From("On 14 November 2027, the SCO Council of Foreign Ministers met in Tashkent. A panel of legal experts will meet in Khujand in March to draft the text.");

        Assert.Equal(PartialDate.Month(2028, 3), EventIn(result, "Khujand").StartDate);
    }

    [Theory]
    [InlineData("Last year, Samarkand also hosted the SCO Poetry Week.")]
    [InlineData("Samarkand had hosted the SCO Poetry Week last year.")]
    public void A_city_that_hosted_an_event_is_its_place(string sentence)
    {
        var result = Extract.From("On 2 May 2027, the SCO Secretariat held a reception in Beijing. " + sentence);

        Assert.Equal(PartialDate.Year(2026), EventIn(result, "Samarkand").StartDate);
    }

    [Theory]
    [InlineData("The delegates were invited to the Silk Road Carpet Expo, which will be held in Kashgar in November.", "Kashgar")]
    [InlineData("The Secretariat will hold an open day for schoolchildren on 25 June.", null)]
    public void Expos_and_open_days_are_events(string sentence, string? city)
    {
        var result = Extract.From("On 3 June 2027, the SCO Secretariat held a reception in Beijing. " + sentence);

        Assert.Contains(Events(result), e => e.StartDate != PartialDate.Day(2027, 6, 3)
            && e.PlaceKey == (city is null ? null : EntityKeys.For(EntityKind.Place, city)));
    }

    [Fact]
    public void A_videoconference_held_by_someone_is_an_event_but_joining_via_videoconference_is_not()
    {
        var held = Extract.From("On 5 February 2027, the SCO Deputy Secretary-General held a videoconference with the head of an agency of the United Nations.");
        var joined = Extract.From("On 5 February 2027, the ministers met in Minsk. Two of them joined via videoconference on 5 February 2027.");

        Assert.Contains(Events(held), e => e.StartDate == PartialDate.Day(2027, 2, 5) && e.Format == EventFormat.Videoconference);
        Assert.Single(Events(joined));
    }

    [Fact]
    public void A_city_after_a_later_dated_event_word_belongs_to_that_event()
    {
        var result = Extract.From("On 7 March 2027, the ministers met in Dushanbe. They noted that a summer camp for young engineers will be held in August 2027 and that the expert group would meet in Tashkent in the first half of next year.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Month(2027, 8) && e.PlaceKey is null);
        Assert.Equal(PartialDate.Year(2028), EventIn(result, "Tashkent").StartDate);
    }

    [Fact]
    public void An_undated_operation_leaves_the_city_to_the_dated_meeting_near_it()
    {
        var result = Extract.From("On 7 March 2027, the border chiefs met in Dushanbe. Before that, an expert group will meet in Termez in June to prepare the \"Steppe Watch-2028\" operation.");

        Assert.Contains(Events(result), e => e.Name.StartsWith("Operation Steppe Watch-2028", StringComparison.Ordinal) && e.StartDate is null && e.PlaceKey is null);
    }

    [Fact]
    public void A_themed_year_is_held_nowhere_in_particular()
    {
        var result = Extract.From("On 3 June 2027, the SCO Secretariat held a reception in Beijing. The speakers recalled the Year of Friendship and Good-Neighbourliness and the Agreement signed in Tashkent on 11 June 2004.");

        Assert.DoesNotContain(Events(result), e => e.Name.Contains("Year of", StringComparison.Ordinal) && e.PlaceKey is not null);
    }

    [Fact]
    public void The_meeting_said_again_is_the_meeting_already_reported()
    {
        var result = Extract.From("On 12 May 2027, the Meeting of Culture Ministers of the SCO Member States was held in Ufa. Opening the meeting, the chair recalled that last year the number of tourists had doubled.");

        Assert.Single(Events(result));
    }

    [Fact]
    public void A_session_on_one_of_the_days_of_a_meeting_is_part_of_it()
    {
        var result = Extract.From("The meeting of the Council of the SCO Energy Club was held in Baku on 3–4 May 2027. On 4 May, the participants held a joint session devoted to hydrogen.");

        Assert.Single(Events(result));
    }

    [Fact]
    public void A_festival_that_opened_in_a_city_on_a_day_starts_there_and_then()
    {
        var result = Extract.From("The International Festival of Puppet Theatres of the SCO Countries opened in Bukhara, an ancient city on the Great Silk Road in the south of Uzbekistan, on 6 October 2027. The festival will run until 9 October.");

        var festival = EventIn(result, "Bukhara");
        Assert.Equal(PartialDate.Day(2027, 10, 6), festival.StartDate);
        Assert.Equal(PartialDate.Day(2027, 10, 9), festival.EndDate);
    }

    [Fact]
    public void An_exhibition_opened_the_same_day_as_a_festival_of_several_days_starts_on_its_first_day()
    {
        var result = Extract.From("The SCO Festival of Folk Music opened in Termez on 6 October 2027. It will run until 9 October. A photo exhibition opened on the same day in Samarkand.");

        Assert.Equal(PartialDate.Day(2027, 10, 6), EventIn(result, "Samarkand").StartDate);
    }

    [Fact]
    public void A_council_that_adopted_a_document_in_a_city_on_a_day_met_there_that_day()
    {
        var result = Extract.From("On 2 March 2027, the SCO Secretariat held a round table in Beijing. The speakers recalled the Statement on Clean Water adopted by the SCO Heads of State Council in Astana on 4 July 2024.");

        Assert.Equal(PartialDate.Day(2024, 7, 4), EventIn(result, "Astana").StartDate);
    }

    [Theory]
    [InlineData("The 3rd SCO Forum on Mountain Tourism was held in Bishkek from 8 to 9 June 2027.")]
    [InlineData("On 8 June 2027, the SCO Forum, which was held in Bishkek, gathered 200 experts.")]
    public void A_forum_counted_or_held_is_an_event_even_when_its_name_is_a_body(string sentence)
    {
        var result = Extract.From(sentence);

        Assert.Equal(PartialDate.Day(2027, 6, 8), EventIn(result, "Bishkek").StartDate);
    }

    [Fact]
    public void Where_a_document_was_signed_is_not_where_a_later_meeting_was()
    {
        var result = Extract.From("On 10 October 2027, the border chiefs met in Tashkent. They recalled the Agreement signed in Ufa on 10 July 2015 and the Declaration adopted by the SCO Heads of State Council this summer.");

        Assert.DoesNotContain(Events(result), e => e.PlaceKey == EntityKeys.For(EntityKind.Place, "Ufa"));
        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Year(2027) && e.PlaceKey is null);
    }

    [Fact]
    public void An_event_in_the_autumn_is_of_the_release_s_year()
    {
        var result = Extract.From("On 11 June 2027, the energy ministers met in Osh. They were invited to an investment conference to be held in Almaty in the autumn.");

        Assert.Equal(PartialDate.Year(2027), EventIn(result, "Almaty").StartDate);
    }

    [Fact]
    public void A_plan_s_years_do_not_date_a_meeting_and_courses_in_several_cities_are_no_single_event()
    {
        var result = Extract.From("On 12 March 2027, the Secretary-General met with the head of a UN agency in Geneva. They agreed on a joint plan for 2027–2028 and welcomed the training courses held in Almaty and Bishkek last year.");

        Assert.DoesNotContain(Events(result), e => e.StartDate == PartialDate.Year(2028));
        Assert.DoesNotContain(Events(result), e => e.PlaceKey == EntityKeys.For(EntityKind.Place, "Almaty"));
    }

    [Fact]
    public void A_month_of_a_past_clause_in_a_sentence_about_the_future_stays_in_the_release_s_year()
    {
        var result = Extract.From("On 20 September 2027, the Secretary-General received the Ambassador of Nepal in Beijing. He spoke of the forum that will take place in Osh on 3 November 2027, and of the meeting of the SCO Council of Foreign Ministers held in Astana on 2 July.");

        Assert.Equal(PartialDate.Day(2027, 7, 2), EventIn(result, "Astana").StartDate);
    }

    [Fact]
    public void A_council_by_which_something_was_decided_on_a_date_met_that_day()
    {
        var result = Extract.From("On 4 March 2027, the board of the SCO Energy Club met in Minsk. It discussed the fund whose creation was decided by the SCO Heads of State Council in Qingdao on 10 June 2018.");

        Assert.Equal(PartialDate.Day(2018, 6, 10), EventIn(result, "Qingdao").StartDate);
    }

    [Fact]
    public void A_body_that_met_the_day_before_at_a_venue_met_in_the_city_of_the_release_s_event()
    {
        var result = Extract.From("On 9 October 2027, the Meeting of Culture Ministers of the SCO Member States was held in Tomsk. The day before, on 8 October, the SCO Council of Museum Directors met at Tomsk State Museum.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Day(2027, 10, 8) && e.PlaceKey == EntityKeys.For(EntityKind.Place, "Tomsk"));
    }

    [Fact]
    public void A_city_between_another_event_word_and_its_date_is_not_the_place_of_a_later_event()
    {
        var result = Extract.From("On 6 May 2027, the Secretary-General received the Ambassador of Laos in Beijing. They spoke of the expo that will open in Kashgar on 9 June 2027, and of the meeting of the SCO Council of Foreign Ministers held in Tashkent on 30 April.");

        Assert.Equal(PartialDate.Day(2027, 4, 30), EventIn(result, "Tashkent").StartDate);
    }

    [Fact]
    public void The_occasion_of_a_meeting_on_its_sidelines_is_held_when_and_where_that_meeting_is()
    {
        var result = Extract.From("On 2 March 2027, the SCO Secretariat and the African Union held consultations in Addis Ababa. Their next meeting will be held in November in Geneva, on the sidelines of the 14th session of the World Health Assembly.");

        Assert.True(Events(result).Count(e => e.StartDate == PartialDate.Month(2027, 11) && e.PlaceKey == EntityKeys.For(EntityKind.Place, "Geneva")) >= 2,
            string.Join("; ", Events(result).Select(e => $"{e.Name} {e.StartDate} {e.PlaceKey}")));
    }
}
