using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Where and when an event is, read from its own phrase: a city heading its name, the city a visit names, "in the city"
/// and "there", the headline's city; fairs, briefings, courses and high-level events; ceremonies that are parts of an event.
/// </summary>
public sealed class EventPlaceWordingTests
{
    private static IEnumerable<ExtractedEntity> Events(ExtractionResult result) => result.Entities.Where(e => e.Kind == EntityKind.Event);

    private static string Place(string city) => EntityKeys.For(EntityKind.Place, city);

    [Fact]
    public void A_city_heading_an_event_s_name_is_its_place()
    {
        var result = Extract.From("On 4 May 2027, the SCO Secretariat held a reception in Beijing. The guests were invited to the Almaty International Jazz Festival in August.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Month(2027, 8) && e.PlaceKey == Place("Almaty"));
    }

    [Fact]
    public void A_visit_to_a_city_named_right_after_the_verb_is_held_there()
    {
        var result = Extract.From("On 4 May 2027, the SCO Secretary-General received the Ambassador of Oman in Beijing. The Ambassador invited him to visit Muscat in the winter.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Year(2027) && e.PlaceKey == Place("Muscat"));
    }

    [Theory]
    [InlineData("The first SCO Youth Festival had been held in Chengdu in May 2019, shortly after the SCO summit in the city.")]
    [InlineData("The first SCO Youth Festival had been held in Chengdu on 12 May 2019, shortly after the SCO summit in the city.")]
    public void An_event_shortly_after_a_dated_one_in_the_city_is_that_month_and_city(string sentence)
    {
        var result = Extract.From("On 9 June 2027, the Fifth SCO Youth Festival started in Chengdu. " + sentence);

        Assert.Equal(2, Events(result).Count(e => e.StartDate?.Date.Year == 2019 && e.PlaceKey == Place("Chengdu")));
        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Month(2019, 5) && e.PlaceKey == Place("Chengdu"));
    }

    [Fact]
    public void A_course_held_there_is_in_the_city_named_before()
    {
        var result = Extract.From("On 3 March 2027, the ministers met in Dushanbe. The Vice Minister praised the training centre in Lanzhou and announced a new course on drip irrigation to be held there in November.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Month(2027, 11) && e.PlaceKey == Place("Lanzhou"));
    }

    [Fact]
    public void A_fair_is_an_event_but_a_fair_order_is_not()
    {
        var fair = Extract.From("On 3 March 2027, the governors met in Omsk. The governor of Altai invited them to an agricultural fair in Barnaul in September.");
        var adjective = Extract.From("On 3 March 2027, the governors met in Omsk. They called for a fair world order in September.");

        Assert.Contains(Events(fair), e => e.StartDate == PartialDate.Month(2027, 9) && e.PlaceKey == Place("Barnaul"));
        Assert.DoesNotContain(Events(adjective), e => e.StartDate == PartialDate.Month(2027, 9));
    }

    [Fact]
    public void The_course_of_something_is_no_training_course()
    {
        var result = Extract.From("On 3 March 2027, the ministers met in Dushanbe. In the course of 2027 they will review the plan.");

        Assert.Single(Events(result));
    }

    [Fact]
    public void The_headline_s_city_is_the_place_of_the_event_its_word_names()
    {
        var withCity = Extract.From("On 2 April 2027, SCO Deputy Secretary-General Farrukh Ismoilov took part in a briefing of the UN Economic and Social Council. Delegates gathered at the Palais des Nations in Geneva.",
            title: "SCO Deputy Secretary-General speaks at ECOSOC briefing in Geneva");

        Assert.Contains(Events(withCity), e => e.StartDate == PartialDate.Day(2027, 4, 2) && e.PlaceKey == Place("Geneva"));
    }

    [Fact]
    public void An_opening_or_closing_ceremony_is_part_of_the_event()
    {
        var result = Extract.From("The SCO Puppet Theatre Festival opened in Kazan on 3 July 2027 and runs until 7 July. Prizes will be awarded at the closing ceremony on 7 July.");

        Assert.Single(Events(result));
    }

    [Fact]
    public void A_high_level_event_on_the_margins_of_a_session_shares_its_month()
    {
        var result = Extract.From("On 3 March 2027, the Secretary-General met the Under-Secretary-General in New York. They prepared a high-level event on the margins of the 82nd session of the UN General Assembly in September.");

        Assert.Equal(2, Events(result).Count(e => e.StartDate == PartialDate.Month(2027, 9)));
    }

    [Fact]
    public void An_event_on_the_second_day_of_a_forum_is_dated_that_day()
    {
        var result = Extract.From("The SCO Youth Forum was held in Kazan on 8–10 July 2027. On the second day of the Forum, a debate on green jobs brought together students.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Day(2027, 7, 9));
    }
}
