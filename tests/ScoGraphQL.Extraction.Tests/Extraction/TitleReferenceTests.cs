using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Titles that name a body with a comma in it, titles between two names, portfolios after "for", and a bare title
/// ("The President") or a headline title standing for the person who holds it.
/// </summary>
public sealed class TitleReferenceTests
{
    [Fact]
    public void A_body_whose_name_has_a_comma_qualifies_the_title_before_a_name()
    {
        var result = Extract.From("On 3 June 2025, Zhang Ming met with Director-General of the United Nations Educational, Scientific and Cultural Organization (UNESCO) Khaled Salem.");

        Assert.Contains("Director-General of the United Nations Educational, Scientific and Cultural Organization", result.RolesOf("Khaled Salem"));
    }

    [Fact]
    public void A_title_between_two_names_and_commas_belongs_to_the_name_before_it()
    {
        var result = Extract.From("The ceremony was attended by Somsak Inthavong, Ambassador of the Kingdom of Thailand to the People's Republic of China, Wang Lei, Director of the Department of Asian Affairs.");

        Assert.Equal(["Ambassador of the Kingdom of Thailand to the People's Republic of China"], result.RolesOf("Somsak Inthavong"));
        Assert.DoesNotContain(result.RolesOf("Wang Lei"), title => title.StartsWith("Ambassador", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_list_the_first_title_after_a_name_is_that_name_s_and_the_next_title_the_next_name_s()
    {
        var result = Extract.From("It was attended by Li Qiang, Minister of Transport of the People's Republic of China, First Deputy Minister of Transport of the Russian Federation Ivan Sokolov and others.");

        Assert.Equal(["Minister of Transport of the People's Republic of China"], result.RolesOf("Li Qiang"));
        Assert.Equal(["First Deputy Minister of Transport of the Russian Federation"], result.RolesOf("Ivan Sokolov"));
    }

    [Fact]
    public void A_portfolio_after_for_is_part_of_the_title()
    {
        var result = Extract.From("India was represented by Minister of State for External Affairs Ravi Kumar Shah.");

        Assert.Equal(["Minister of State for External Affairs"], result.RolesOf("Ravi Kumar Shah"));
    }

    [Fact]
    public void The_President_and_The_Minister_are_roles_of_the_one_person_holding_such_a_title()
    {
        var result = Extract.From("On 2 May 2025, President of the Republic of Kazakhstan Aidos Serikov received SCO Secretary-General Zhang Ming.\n\n"
            + "The President stressed the role of the organisation. Zhang Ming also met Minister of Foreign Affairs of the Republic of Kazakhstan Marat Nurlanov. The Minister informed his guest about the chairmanship.");

        Assert.Contains("President", result.RolesOf("Aidos Serikov"));
        Assert.Contains("Minister", result.RolesOf("Marat Nurlanov"));
    }

    [Fact]
    public void A_headline_title_with_a_country_is_a_role_of_the_person_who_holds_it()
    {
        var result = Extract.From("On 2 May 2025, President of the Republic of Kazakhstan Aidos Serikov received SCO Secretary-General Zhang Ming.",
            title: "President of Kazakhstan receives SCO Secretary-General");

        Assert.Contains("President of Kazakhstan", result.RolesOf("Aidos Serikov"));
    }

    [Fact]
    public void A_title_after_a_name_may_end_the_sentence_with_the_body_it_heads()
    {
        var result = Extract.From("Russia was represented by Pavel Orlov, Chairman of the Government of the Russian Federation.");

        Assert.Equal(["Chairman of the Government of the Russian Federation"], result.RolesOf("Pavel Orlov"));
    }

    [Fact]
    public void A_list_of_portfolios_closed_by_and_is_one_title()
    {
        var result = Extract.From("The meeting was chaired by Minister of Energy, Industry and Mineral Resources of the Kyrgyz Republic Bakyt Osmonov.");

        Assert.Equal(["Minister of Energy, Industry and Mineral Resources of the Kyrgyz Republic"], result.RolesOf("Bakyt Osmonov"));
    }

    [Fact]
    public void A_lower_case_acting_title_of_a_body_named_by_its_head_noun_is_a_role()
    {
        var result = Extract.From("Welcoming the guests, acting Rector of the University Aziza Karimova said that the course was popular.");

        Assert.Equal(["acting Rector of the University"], result.RolesOf("Aziza Karimova"));
    }

    [Fact]
    public void Mr_with_a_hyphenated_family_name_is_the_person_of_that_family_name()
    {
        var result = Extract.From("On 24 November 2025, SCO Secretary-General Zhang Ming met with Director-General of UNESCO Khaled Al-Masri.\n\nMr Al-Masri noted the progress made.");

        Assert.Equal(["Khaled Al-Masri", "Zhang Ming"], result.Names(EntityKind.Person).Order());
    }
}
