using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Regional cities, long titles before names and the bodies those titles name (misses found on unseen releases).</summary>
public sealed class RegionalRecogniserTests
{
    [Theory]
    [InlineData("Osh", "Kyrgyzstan")]
    [InlineData("Khujand", "Tajikistan")]
    [InlineData("Bukhara", "Uzbekistan")]
    [InlineData("Termez", "Uzbekistan")]
    public void Provincial_centres_of_SCO_countries_are_places(string city, string country)
    {
        var result = Extract.From($"The delegations travelled to {city} for the second round of talks.");
        var place = result.Single(EntityKind.Place, city);
        Assert.Equal(EntityKeys.For(EntityKind.Country, country), place.CountryKey);
    }

    [Fact]
    public void Cities_written_without_diacritics_or_with_an_apostrophe_are_found()
    {
        var result = Extract.From("Exhibitions opened in Urumqi and in Xi'an last week.");
        Assert.Equal(2, result.Names(EntityKind.Place).Count());
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Place && EntityKeys.Fold(e.Name) == "urumqi");
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Place && EntityKeys.Fold(e.Name) == "xi-an");
    }

    [Fact]
    public void A_second_spelling_of_a_city_names_the_same_place()
    {
        var result = Extract.From("Forums were held in Karaganda and, a year later, again in Karagandy.");
        Assert.Equal(["Karaganda"], result.Names(EntityKind.Place));
    }

    [Fact]
    public void Ordinary_capitalised_words_do_not_become_places()
    {
        var result = Extract.From("Mutual Trust and Friendship guided the talks.");
        Assert.Empty(result.Names(EntityKind.Place));
    }

    [Fact]
    public void He_after_a_title_is_a_family_name_and_elsewhere_a_pronoun()
    {
        var result = Extract.From("Vice Premier He Lifang opened the forum. He said that trade had grown.");
        Assert.Equal(["He Lifang"], result.Names(EntityKind.Person));
        Assert.Contains(result.Roles, r => r.Title == "Vice Premier");
    }

    [Fact]
    public void A_long_title_through_a_government_and_a_country_ends_at_the_name()
    {
        var result = Extract.From("The talks were attended by Chairman of the Government of the Russian Federation Ivan Sokolov and Minister of Culture and Information of Kazakhstan Aigerim Zhaksylykova.");
        var roles = result.Roles.ToLookup(r => r.PersonKey, r => r.Title);
        Assert.Equal(["Chairman of the Government of the Russian Federation"], roles[EntityKeys.For(EntityKind.Person, "Ivan Sokolov")]);
        Assert.Equal(["Minister of Culture and Information of Kazakhstan"], roles[EntityKeys.For(EntityKind.Person, "Aigerim Zhaksylykova")]);
    }

    [Fact]
    public void An_ambassador_to_a_country_and_a_possessive_title()
    {
        var result = Extract.From("Ambassador of Mongolia to the People's Republic of China Bat-Erdene Dorj and Kazakhstan's First Deputy Minister of Transport Nurlan Sarsenov met on Monday.");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Bat-Erdene Dorj") && r.Title == "Ambassador of Mongolia to the People's Republic of China");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Nurlan Sarsenov") && r.Title == "Kazakhstan's First Deputy Minister of Transport");
    }

    [Fact]
    public void A_headline_title_with_a_country_resolves_to_the_minister_named_in_the_body()
    {
        var result = Extract.From("The Secretary-General received Deputy Minister of Foreign Affairs of Mongolia Enkhbold Tsogt.",
            title: "Secretary-General meets Mongolia's Deputy Foreign Minister");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Enkhbold Tsogt") && r.Title == "Mongolia's Deputy Foreign Minister");
    }

    [Fact]
    public void A_name_after_a_body_is_the_person_not_part_of_the_body()
    {
        var result = Extract.From("Chairman of the Board of the SCO Energy Club Li Wen said the club would meet again.");
        Assert.Contains("Li Wen", result.Names(EntityKind.Person));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Li Wen", StringComparison.Ordinal));
        Assert.Contains(result.Roles, r => r.Title == "Chairman of the Board of the SCO Energy Club");
    }

    [Fact]
    public void A_numbered_forum_is_an_event_in_its_city_not_a_body()
    {
        var result = Extract.From("The 7th SCO Tourism Forum was held in Khujand from 2 to 4 October 2023.");
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Forum", StringComparison.Ordinal));
        var forum = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(new DateOnly(2023, 10, 2), forum.StartDate?.Date);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Khujand"), forum.PlaceKey);
    }

    [Fact]
    public void A_city_that_hosted_the_meeting_is_its_place()
    {
        var result = Extract.From("On 14 May 2019, Bishkek hosted the meeting of the SCO Council of Foreign Ministers.");
        var meeting = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Bishkek"), meeting.PlaceKey);
    }

    [Fact]
    public void An_exercise_near_a_city_takes_place_there()
    {
        var result = Extract.From("From 3 to 9 August 2021, the member states held the joint exercise Peace Mission-2021 near Orenburg.");
        var exercise = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Orenburg"), exercise.PlaceKey);
    }

    [Fact]
    public void A_person_who_met_with_someone_on_a_date_is_a_meeting()
    {
        var result = Extract.From("On 5 March 2022, SCO Secretary-General Zhang Ming met with the Ambassador of Nepal at the SCO Secretariat in Beijing.");
        var meeting = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(new DateOnly(2022, 3, 5), meeting.StartDate?.Date);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Beijing"), meeting.PlaceKey);
    }

    [Fact]
    public void A_city_designated_a_tourist_and_cultural_capital_is_not_a_discussion_of_culture()
    {
        var designation = Extract.From("Samarkand holds the title of tourist and cultural capital of the region for 2025.");
        Assert.Empty(designation.Names(EntityKind.Topic));
        var subject = Extract.From("The sides discussed tourism and cultural exchanges.");
        Assert.Contains("culture", subject.Names(EntityKind.Topic));
    }

    [Fact]
    public void A_portfolio_before_minister_is_one_title_that_resolves_a_later_reference()
    {
        var result = Extract.From("Kyrgyz Transport Minister Almaz Toktomushev spoke first. The Minister of Transport of Kyrgyzstan then presented the plan.");
        var key = EntityKeys.For(EntityKind.Person, "Almaz Toktomushev");
        Assert.Contains(result.Roles, r => r.PersonKey == key && r.Title == "Kyrgyz Transport Minister");
        Assert.Contains(result.Roles, r => r.PersonKey == key && r.Title == "Minister of Transport of Kyrgyzstan");
    }

    [Fact]
    public void A_headline_title_of_a_body_named_by_acronym_resolves_to_its_holder()
    {
        var result = Extract.From("On 3 May 2021, SCO Secretary-General Zhang Ming received the delegation.",
            title: "Secretary-General of the SCO receives a delegation");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Zhang Ming") && r.Title == "Secretary-General of the SCO");
    }

    [Fact]
    public void A_coordinator_for_a_bodys_affairs_keeps_the_whole_title()
    {
        var result = Extract.From("The meeting was chaired by National Coordinator of Kazakhstan for SCO Affairs Daniyar Sarsenbayev.");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Daniyar Sarsenbayev") && r.Title == "National Coordinator of Kazakhstan for SCO Affairs");
    }

    [Fact]
    public void A_document_after_and_is_not_joined_to_the_body_before_it()
    {
        var result = Extract.From("The leaders adopted the Astana Declaration of the Council of Heads of State of the SCO Member States and Statement of the Council of Heads of State of the SCO Member States on Energy Cooperation.");
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Statement", StringComparison.Ordinal));
    }

    [Fact]
    public void The_board_in_a_chairmans_title_is_not_a_body_and_an_acronym_may_precede_the_name()
    {
        var result = Extract.From("He met Chairman of the Board of the Eurasian Development Bank (EDB) Nikolai Podguzov in Beijing.");
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.StartsWith("Board", StringComparison.Ordinal));
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Nikolai Podguzov")
            && r.Title == "Chairman of the Board of the Eurasian Development Bank");
    }
}
