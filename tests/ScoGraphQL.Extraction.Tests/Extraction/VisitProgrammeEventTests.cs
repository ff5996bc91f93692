using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// The events of a visit's programme and of a cultural calendar: receptions, visits, talks "on the same day",
/// lectures, signing ceremonies, round tables, exhibitions, themed days and International Years.
/// </summary>
public sealed class VisitProgrammeEventTests
{
    private const string Visit =
        "On 4 May 2025, President of the Republic of Tajikistan Emomali Rahmon received in Dushanbe SCO Secretary-General Zhang Ming, "
        + "who is on an official visit to Tajikistan from 3 to 6 May.\n\n"
        + "On the same day, Mr Zhang held talks with Sirojiddin Muhriddin, Minister of Foreign Affairs of the Republic of Tajikistan.\n\n"
        + "On 5 May, the Secretary-General delivered a lecture to students of the national university in Dushanbe.";

    private static List<ExtractedEntity> Events(ExtractionResult result) => result.Entities.Where(e => e.Kind == EntityKind.Event).ToList();

    private static string Dushanbe => EntityKeys.For(EntityKind.Place, "Dushanbe");

    [Fact]
    public void A_president_receiving_a_guest_is_a_reception_where_and_when_it_is_said()
    {
        var events = Events(Extract.From(Visit));

        var reception = Assert.Single(events, e => e.IsPrimary);
        Assert.Equal(PartialDate.Day(2025, 5, 4), reception.StartDate);
        Assert.Equal(Dushanbe, reception.PlaceKey);
    }

    [Fact]
    public void An_official_visit_to_a_country_spans_its_dates_and_has_no_city()
    {
        var events = Events(Extract.From(Visit));

        var visit = Assert.Single(events, e => e.StartDate == PartialDate.Day(2025, 5, 3));
        Assert.Equal(PartialDate.Day(2025, 5, 6), visit.EndDate);
        Assert.Null(visit.PlaceKey);
    }

    [Fact]
    public void Talks_on_the_same_day_share_the_day_and_city_of_the_event_before()
    {
        var events = Events(Extract.From(Visit));

        Assert.Equal(2, events.Count(e => e.StartDate == PartialDate.Day(2025, 5, 4) && e.PlaceKey == Dushanbe));
    }

    [Fact]
    public void A_lecture_is_an_event()
    {
        var events = Events(Extract.From(Visit));

        Assert.Single(events, e => e.StartDate == PartialDate.Day(2025, 5, 5) && e.PlaceKey == Dushanbe);
    }

    [Fact]
    public void A_signing_ceremony_is_an_event()
    {
        var result = Extract.From("On 3 March 2025, a ceremony of signing the Memorandum of Understanding between the SCO Secretariat and the Asian Development Bank was held at the SCO Secretariat in Beijing.");

        var ceremony = Assert.Single(Events(result));
        Assert.Equal(PartialDate.Day(2025, 3, 3), ceremony.StartDate);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Beijing"), ceremony.PlaceKey);
    }

    [Fact]
    public void Of_two_cities_in_a_sentence_a_round_table_takes_the_nearer()
    {
        var result = Extract.From("On 2 April 2025, the SCO Secretariat held a briefing. The parties agreed to take part in the meeting of the SCO Council of Foreign Ministers in Astana in June 2025, "
            + "and that an expert round table on trade would be held in Tashkent in the second half of 2025.");

        var events = Events(result);
        Assert.Equal(PartialDate.Year(2025), Assert.Single(events, e => e.PlaceKey == EntityKeys.For(EntityKind.Place, "Tashkent")).StartDate);
        Assert.Equal(PartialDate.Month(2025, 6), Assert.Single(events, e => e.PlaceKey == EntityKeys.For(EntityKind.Place, "Astana")).StartDate);
    }

    [Fact]
    public void A_dialogue_partner_is_a_status_not_a_dialogue()
    {
        var result = Extract.From("Cambodia has taken part in the work of the organisation as a dialogue partner since 2015.");

        Assert.Empty(Events(result));
    }

    [Fact]
    public void Dates_of_signing_in_a_city_and_of_founding_are_not_meeting_dates()
    {
        var result = Extract.From("The memorandum between the SCO Secretariat and the ASEAN Secretariat, signed in Jakarta in 2005, remained the basis for dialogue between them. "
            + "The rector, who also took part in the meeting, said the network had grown since its founding in 2010.");

        Assert.DoesNotContain(Events(result), e => e.StartDate is { Precision: DatePrecision.Year });
    }

    [Fact]
    public void An_International_Year_is_the_year_its_name_gives_not_the_day_it_was_proclaimed()
    {
        var result = Extract.From("The sides welcomed the adoption of resolution 79/300 \"International Year of Mountain Tourism for Development, 2028\" on 5 December 2024.");

        var year = Assert.Single(Events(result), e => e.Name.StartsWith("International Year", StringComparison.Ordinal));
        Assert.Equal("International Year of Mountain Tourism for Development, 2028", year.Name);
        Assert.Equal(PartialDate.Year(2028), year.StartDate);
    }

    [Fact]
    public void It_will_run_until_ends_the_event_of_the_sentence_before()
    {
        var result = Extract.From("On 12 April 2025, the SCO Secretariat held a meeting in Beijing.\n\nOn the same day, an exhibition of folk crafts opened in Beijing. It will run until 20 April.");

        var exhibition = Assert.Single(Events(result), e => e.EndDate is not null);
        Assert.Equal(PartialDate.Day(2025, 4, 12), exhibition.StartDate);
        Assert.Equal(PartialDate.Day(2025, 4, 20), exhibition.EndDate);
    }

    [Fact]
    public void Themed_days_held_on_dates_keep_them_against_an_exhibition_named_after_the_dates()
    {
        var result = Extract.From("On 20 May 2025, the SCO Secretariat held a meeting in Beijing.\n\nDays of Kazakh Cinema will be held at the SCO Secretariat from 2 to 6 June, with a film exhibition and a concert.");

        var days = Assert.Single(Events(result), e => e.Name.StartsWith("Days of Kazakh Cinema", StringComparison.Ordinal));
        Assert.Equal(PartialDate.Day(2025, 6, 2), days.StartDate);
        Assert.Equal(PartialDate.Day(2025, 6, 6), days.EndDate);
    }

    [Fact]
    public void An_exhibition_during_the_International_Year_takes_that_year()
    {
        var result = Extract.From("The sides welcomed resolution 79/300 \"International Year of Mountain Tourism for Development, 2028\" of 5 December 2024. "
            + "They agreed to hold a joint photo exhibition in Rome during the International Year.");

        var exhibition = Assert.Single(Events(result), e => e.PlaceKey == EntityKeys.For(EntityKind.Place, "Rome"));
        Assert.Equal(PartialDate.Year(2028), exhibition.StartDate);
    }

    [Fact]
    public void An_event_at_a_venue_takes_the_city_the_release_gave_that_venue()
    {
        var result = Extract.From("On 3 March 2025, a ceremony was held at the SCO Secretariat in Beijing.\n\n"
            + "Days of Kazakh Cinema will be held at the SCO Secretariat from 10 to 14 March.");

        var days = Assert.Single(Events(result), e => e.Name.StartsWith("Days of Kazakh Cinema", StringComparison.Ordinal));
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Beijing"), days.PlaceKey);
    }

    [Fact]
    public void An_event_at_a_venue_the_release_never_located_has_no_city()
    {
        var result = Extract.From("On 3 March 2025, a meeting was held at the SCO Secretariat.");

        Assert.Null(Assert.Single(Events(result)).PlaceKey);
    }
}
