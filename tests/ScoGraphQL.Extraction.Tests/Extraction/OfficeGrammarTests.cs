using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Titles read as modifiers and an office head noun, with what follows them, rather than as a list of whole offices
/// (issue #3: offices no earlier release used were missed, and so were the people who held them).
/// </summary>
public sealed class OfficeGrammarTests
{
    [Fact]
    public void A_title_composed_of_modifiers_and_an_office_head_introduces_a_name()
    {
        var result = Extract.From("The session was opened by First Deputy Procurator General of Tajikistan Rustam Nazarov. Assistant Solicitor General Meera Iyer presented the report.");

        Assert.Equal(["First Deputy Procurator General of Tajikistan"], result.RolesOf("Rustam Nazarov"));
        Assert.Equal(["Assistant Solicitor General"], result.RolesOf("Meera Iyer"));
        var role = Assert.Single(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Rustam Nazarov"));
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Tajikistan"), role.CountryKey);
    }

    [Fact]
    public void Modifiers_and_office_heads_alone_make_no_person()
    {
        var result = Extract.From("The Additional Secretary and the Chief Judge were informed. Senior Officials discussed the Joint Plan.");

        Assert.Empty(result.Names(EntityKind.Person));
    }

    [Fact]
    public void A_name_after_a_bodys_acronym_and_a_comma_holds_the_title()
    {
        var result = Extract.From("The exercise was led by the Chairman of the National Flood Control Agency (NFCA), Major General Ali Raza, and by the Director of the State Rescue Service (SRS), Timur Bekov.");

        Assert.Equal(["Chairman of the National Flood Control Agency"], result.RolesOf("Ali Raza"));
        Assert.Equal(["Director of the State Rescue Service"], result.RolesOf("Timur Bekov"));
    }

    [Fact]
    public void In_a_semicolon_list_each_title_belongs_to_the_name_before_it()
    {
        var result = Extract.From("The participants included Ivan Sokolov, Deputy Minister of Energy of the Russian Federation; Li Ming, Vice Chairman of the National Energy Administration of China; and Aziz Karimov, Deputy Minister of Energy of Uzbekistan.");

        Assert.Equal(["Deputy Minister of Energy of the Russian Federation"], result.RolesOf("Ivan Sokolov"));
        Assert.Equal(["Vice Chairman of the National Energy Administration of China"], result.RolesOf("Li Ming"));
        Assert.Equal(["Deputy Minister of Energy of Uzbekistan"], result.RolesOf("Aziz Karimov"));
    }

    [Fact]
    public void A_title_in_a_countrys_own_body_is_attached_to_that_body()
    {
        var result = Extract.From("The talks were attended by Anil Mehta, Joint Secretary in India's Department of Revenue.");

        var role = Assert.Single(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Anil Mehta"));
        Assert.Equal("Joint Secretary in India's Department of Revenue", role.Title);
        Assert.Equal(EntityKeys.For(EntityKind.Country, "India"), role.CountryKey);
        Assert.NotNull(role.OrganizationKey);
    }

    [Fact]
    public void A_ministers_portfolio_list_runs_to_the_name()
    {
        var result = Extract.From("The delegation was headed by Deputy Minister for Rescue, Disaster Management and Civil Defence Oleg Gromov.");

        Assert.Equal(["Deputy Minister for Rescue, Disaster Management and Civil Defence"], result.RolesOf("Oleg Gromov"));
    }

    [Fact]
    public void A_lower_case_title_after_a_name_counts_when_it_names_a_body()
    {
        var result = Extract.From("The Secretariat was represented by Aibek Tursunov, deputy head of its legal department. The delegation was led by Karim Nazarov, head of the delegation.");

        Assert.Equal(["deputy head of its legal department"], result.RolesOf("Aibek Tursunov"));
        Assert.DoesNotContain("Karim Nazarov", result.Names(EntityKind.Person));
    }

    [Fact]
    public void A_possessive_inside_a_bodys_name_stays_in_the_name_and_the_title()
    {
        var result = Extract.From("Liu Fang, Deputy Governor of the People's Bank of China, and Amina Yusuf of the United Nations Children's Fund spoke. Russia's Ministry of Finance agreed.");

        Assert.Contains("People's Bank of China", result.Names(EntityKind.Organization));
        Assert.DoesNotContain("Bank of China", result.Names(EntityKind.Organization));
        Assert.Equal(["Deputy Governor of the People's Bank of China"], result.RolesOf("Liu Fang"));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.StartsWith("Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_title_after_a_country_adjective_is_attached_to_that_country()
    {
        var result = Extract.From("On 3 May, the Secretary-General received Aidos Serikov, Deputy Minister of Foreign Affairs of Kazakhstan.",
            title: "Secretary-General receives Kazakh Deputy Foreign Minister");

        var role = Assert.Single(result.Roles, r => r.Title == "Kazakh Deputy Foreign Minister");
        Assert.Equal(EntityKeys.For(EntityKind.Person, "Aidos Serikov"), role.PersonKey);
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Kazakhstan"), role.CountryKey);
    }

    [Fact]
    public void A_title_without_body_or_country_belongs_to_the_country_whose_delegation_its_holder_led()
    {
        var result = Extract.From("The Kazakh delegation was headed by First Deputy Minister Arman Tulegenov. The talks were led by Deputy Minister Oleg Sadykov.");

        var led = Assert.Single(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Arman Tulegenov"));
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Kazakhstan"), led.CountryKey);
        var other = Assert.Single(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Oleg Sadykov"));
        Assert.Null(other.CountryKey);
    }
    [Fact]
    public void A_portfolio_listed_with_commas_stays_in_the_title_and_the_name_after_it_is_read()
    {
        var result = Extract.From("The Kazakh delegation was led by Deputy Minister of Youth Affairs, Sport and Leisure Yerlan Dosmukhamedov. The Chinese side was represented by Director of the Bureau of Mines, Quarries and Minerals Zhao Peng.");

        Assert.Equal(["Deputy Minister of Youth Affairs, Sport and Leisure"], result.RolesOf("Yerlan Dosmukhamedov"));
        Assert.Equal(["Director of the Bureau of Mines, Quarries and Minerals"], result.RolesOf("Zhao Peng"));
    }

    [Fact]
    public void A_bodys_acronym_in_the_possessive_and_a_countrys_cultural_post_belong_to_the_title()
    {
        var result = Extract.From("KDB.KZ's First Deputy Chairman Olga Petrenko and Russia's Commercial Counsellor Pavel Orlov visited the exhibition.");

        Assert.Equal(["KDB.KZ's First Deputy Chairman"], result.RolesOf("Olga Petrenko"));
        Assert.Equal(["Russia's Commercial Counsellor"], result.RolesOf("Pavel Orlov"));
    }

    [Fact]
    public void Managing_and_federal_offices_and_a_single_word_portfolio_after_for_are_titles()
    {
        var result = Extract.From("The Fund was represented by its Managing Director Timur Seitkaliev. Also present was Ram Bahadur Thapa, Federal Minister for Railways of Nepal.");

        Assert.Equal(["Managing Director"], result.RolesOf("Timur Seitkaliev"));
        Assert.Equal(["Federal Minister for Railways of Nepal"], result.RolesOf("Ram Bahadur Thapa"));
    }

    [Fact]
    public void A_title_followed_by_a_lone_family_name_gives_that_person_the_title()
    {
        var result = Extract.From("The forum was opened by SCO Deputy Secretary-General Bakyt Osmonaliev. Deputy Secretary-General Osmonaliev said that the forum was timely.");

        Assert.Contains("Deputy Secretary-General", result.RolesOf("Bakyt Osmonaliev"));
        Assert.Single(result.Names(EntityKind.Person));
    }

    [Fact]
    public void A_lower_case_title_before_a_name_and_a_body_in_a_city_are_read_with_their_names()
    {
        var result = Extract.From("The greetings were read out by the head of the Ministry's press and information department, Gulnara Sadykova. Among the guests was Director of the Russian House in Tashkent Oleg Smirnov.");

        Assert.Equal(["head of the Ministry's press and information department"], result.RolesOf("Gulnara Sadykova"));
        Assert.Equal(["Director of the Russian House in Tashkent"], result.RolesOf("Oleg Smirnov"));
    }

    [Fact]
    public void A_region_the_gazetteer_lacks_ends_a_title_before_a_name()
    {
        var result = Extract.From("The fair was opened by Governor of the Zarafshan Province Rustam Sharipov and Mayor of Penjikent Ali Boboev.");

        Assert.Equal(["Governor of the Zarafshan Province"], result.RolesOf("Rustam Sharipov"));
    }

    [Fact]
    public void A_known_bodys_city_after_in_belongs_to_the_title_before_a_name()
    {
        var result = Extract.From("The SCO Secretariat hosted the seminar. Its guests included Director of the SCO Secretariat in Beijing Chen Hao.");

        Assert.Equal(["Director of the SCO Secretariat in Beijing"], result.RolesOf("Chen Hao"));
    }

    [Fact]
    public void A_lower_case_function_before_a_name_is_not_a_title()
    {
        var result = Extract.From("The toast was proposed by the head of the delegation, Ivan Petrov, and the chairman of the meeting, Li Wei.");

        Assert.Empty(result.RolesOf("Ivan Petrov"));
        Assert.Empty(result.RolesOf("Li Wei"));
    }
}
