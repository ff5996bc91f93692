using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Events dated "next year" or "last year" and events named after their city (misses found on unseen releases).</summary>
public sealed class RelativeEventTests
{
    private static ExtractedEntity EventIn(ExtractionResult result, string city) =>
        Assert.Single(result.Entities, e => e.Kind == EntityKind.Event && e.PlaceKey == EntityKeys.For(EntityKind.Place, city));

    [Fact]
    public void A_meeting_held_in_a_city_next_year_is_dated_the_year_after_the_release()
    {
        var result = Extract.From("On 10 May 2024, the SCO Energy Club held a conference. The next meeting of the SCO Energy Club will take place in Almaty next year.");

        Assert.Equal(PartialDate.Year(2025), EventIn(result, "Almaty").StartDate);
    }

    [Fact]
    public void A_summit_named_after_its_city_took_place_there()
    {
        var result = Extract.From("On 20 June 2024, the SCO Secretariat held a reception in Beijing. The guests recalled the Astana summit held last year.");

        Assert.Equal(PartialDate.Year(2023), EventIn(result, "Astana").StartDate);
    }

    private static IEnumerable<ExtractedEntity> Events(ExtractionResult result) => result.Entities.Where(e => e.Kind == EntityKind.Event);

    [Theory]
    [InlineData("On 3 April 2025, the SCO Energy Club held a conference in Almaty. Its members have attended dozens of meetings since May 2023.", 2023)]
    [InlineData("On 3 April 2025, the SCO Energy Club held a conference in Almaty. The members will hold consultations by 2030.", 2030)]
    [InlineData("On 3 April 2025, the SCO Energy Club held a conference in Almaty. A working meeting should take place before 1 June 2024.", 2024)]
    public void A_date_after_since_by_or_before_dates_no_event(string body, int boundYear)
    {
        var result = Extract.From(body);

        Assert.DoesNotContain(Events(result), e => e.StartDate is { } d && d.Date.Year == boundYear);
        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Day(2025, 4, 3));
    }

    [Fact]
    public void An_operation_from_one_month_to_another_of_last_year_starts_in_its_first_month_of_that_year()
    {
        var result = Extract.From("On 2 October 2024, the border services met in Astana. They reviewed the joint operation \"Steppe Shield\", carried out from April to June of last year.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Month(2023, 4));
    }

    [Fact]
    public void A_seminar_to_be_held_in_the_first_half_of_next_year_is_an_event_of_that_year()
    {
        var result = Extract.From("On 3 April 2025, the customs chiefs met in Tashkent. They agreed on a seminar for young inspectors, to be held in Almaty in the first half of next year.");

        Assert.Equal(PartialDate.Year(2026), EventIn(result, "Almaty").StartDate);
    }

    [Fact]
    public void A_group_that_will_meet_in_a_city_in_a_month_makes_a_meeting()
    {
        var result = Extract.From("On 2 February 2025, the SCO Energy Club held a conference online. The working group on hydropower will meet in Dushanbe in June.");

        Assert.Equal(PartialDate.Month(2025, 6), EventIn(result, "Dushanbe").StartDate);
    }

    [Fact]
    public void An_undated_summit_named_after_its_city_is_an_event_there()
    {
        var result = Extract.From("On 5 March 2025, the Secretary-General received the Ambassador of Nepal in Beijing. The two discussed the preparations for the Astana summit.");

        Assert.Null(EventIn(result, "Astana").StartDate);
    }

    [Fact]
    public void An_undated_summit_named_after_the_city_of_a_dated_summit_is_that_summit()
    {
        var result = Extract.From("On 4 May 2025, the foreign ministers met in Qingdao. The SCO Heads of State Council will meet in Astana from 3 to 4 July 2025. Kazakhstan will hand over the chairmanship after the Astana summit.");

        Assert.Equal(PartialDate.Day(2025, 7, 3), EventIn(result, "Astana").StartDate);
    }

    [Fact]
    public void A_camp_with_its_dates_is_an_event()
    {
        var result = Extract.From("On 9 June 2025, the SCO Youth Council met in Bishkek. The next SCO Youth Camp will be held near Lake Balkhash from 1 to 10 August.");

        Assert.Contains(Events(result), e => e.StartDate == PartialDate.Day(2025, 8, 1));
    }
}
