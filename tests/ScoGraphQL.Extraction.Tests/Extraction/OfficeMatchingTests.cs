using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Titles that read one office in several wordings, portfolios and honorifics the vocabulary lacked, titles joined by
/// "and", a lone family name after a bare title, and titles that are words only before "of".
/// </summary>
public sealed class OfficeMatchingTests
{
    [Fact]
    public void Higher_education_and_integration_are_portfolios()
    {
        var result = Extract.From("On 5 May 2026, Deputy Minister of Science and Higher Education Anna Sokolova and Deputy Minister of Trade and Integration of the Republic of Kazakhstan Aliya Serikova met in Astana.");

        Assert.Contains("Deputy Minister of Science and Higher Education", result.RolesOf("Anna Sokolova"));
        Assert.Contains("Deputy Minister of Trade and Integration of the Republic of Kazakhstan", result.RolesOf("Aliya Serikova"));
        Assert.DoesNotContain("Higher Education", result.Names(EntityKind.Person));
    }

    [Fact]
    public void An_academic_honorific_is_neither_name_nor_role()
    {
        var result = Extract.From("On 5 May 2026, Rector of the Tajik National University Professor Rustam Nazarov and Vaidya Anil Rao, an expert from India, spoke at the forum.");

        Assert.Contains("Rector of the Tajik National University", result.RolesOf("Rustam Nazarov"));
        Assert.Contains("Anil Rao", result.Names(EntityKind.Person));
        Assert.DoesNotContain(result.Names(EntityKind.Person), name => name.StartsWith("Professor", StringComparison.Ordinal) || name.StartsWith("Vaidya", StringComparison.Ordinal));
    }

    [Fact]
    public void A_namesake_after_named_after_is_not_a_person()
    {
        var result = Extract.From("On 5 May 2026, the exhibition opened at the State University named after Academician Ivan Sergeev in Samarkand.");

        // Neither the whole name nor a part of it: the body's name holds the namesake, and no person is left over.
        Assert.Empty(result.Names(EntityKind.Person));
    }

    [Fact]
    public void Member_is_a_title_only_before_of()
    {
        var result = Extract.From("On 5 May 2026, Member of the National Commission for Youth of Pakistan Sara Qadir spoke about programmes in the SCO Member States.");

        Assert.Contains("Member of the National Commission for Youth of Pakistan", result.RolesOf("Sara Qadir"));
        Assert.Single(result.Roles);
    }

    [Fact]
    public void A_body_named_by_its_head_noun_in_the_possessive_stays_in_the_title()
    {
        var result = Extract.From("On 5 May 2026, the forum was held in Astana. The Council's Chairperson, Aliya Nurova, opened the session.");

        Assert.Contains("Council's Chairperson", result.RolesOf("Aliya Nurova"));
    }

    [Fact]
    public void Two_titles_joined_by_and_are_also_one_title_as_written()
    {
        var result = Extract.From("On 5 May 2026, Deputy Prime Minister and Minister of Finance Ivan Petrov received the delegation.");

        var roles = result.RolesOf("Ivan Petrov").ToList();
        Assert.Contains("Deputy Prime Minister and Minister of Finance", roles);
        Assert.Contains("Deputy Prime Minister", roles);
        Assert.Contains("Minister of Finance", roles);
    }

    [Fact]
    public void The_chairman_of_the_government_is_the_prime_minister_a_later_reference_names()
    {
        var result = Extract.From("On 5 May 2026, Chairman of the Government of the Russian Federation Ivan Petrov, Premier of the State Council of the People's Republic of China Li Wei and Kazakhstan's Prime Minister Aibek Serikov met in Minsk.\n\n"
            + "The Russian Prime Minister proposed new projects.");

        Assert.Contains("Russian Prime Minister", result.RolesOf("Ivan Petrov"));
        Assert.DoesNotContain("Russian Prime Minister", result.RolesOf("Aibek Serikov"));
    }

    [Fact]
    public void A_lone_family_name_after_a_bare_title_says_whose_title_it_is()
    {
        var result = Extract.From("On 5 May 2026, Minister of Trade of the Kyrgyz Republic Aibek Tashiev and China's Minister of Commerce Li Wen met in Bishkek.\n\n"
            + "Minister Tashiev noted that trade had grown.");

        Assert.Contains("Minister", result.RolesOf("Aibek Tashiev"));
        Assert.DoesNotContain("Minister", result.RolesOf("Li Wen"));
    }

    [Fact]
    public void A_bare_title_stands_for_a_longer_wording_of_it_but_never_for_a_deputy()
    {
        var result = Extract.From("On 5 May 2026, Federal Minister for Defence of Pakistan Imran Ali and Vice President of the Academy Li Hua met in Islamabad.\n\n"
            + "The Federal Minister thanked the guests. The President of the Academy did not attend.");

        Assert.Contains("Federal Minister", result.RolesOf("Imran Ali"));
        Assert.DoesNotContain(result.RolesOf("Li Hua"), title => title.StartsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void A_commander_after_a_ranked_name_is_a_role()
    {
        var result = Extract.From("On 5 May 2026, the meeting was chaired by Colonel General Ivan Petrov, Commander of the Border Troops of the Republic of Tajikistan.");

        Assert.Contains("Commander of the Border Troops of the Republic of Tajikistan", result.RolesOf("Ivan Petrov"));
    }

    [Fact]
    public void A_bracketed_acronym_inside_a_body_stays_in_the_title()
    {
        var result = Extract.From("On 5 May 2026, Deputy Administrator of the State Forestry Administration (SFA) of China Liu Yang and Deputy Head of the State Tax Committee (STC) of Uzbekistan Ravshan Aliev spoke.");

        Assert.Contains("Deputy Administrator of the State Forestry Administration (SFA) of China", result.RolesOf("Liu Yang"));
        Assert.Contains("Deputy Head of the State Tax Committee (STC) of Uzbekistan", result.RolesOf("Ravshan Aliev"));
    }

    [Fact]
    public void A_country_adjective_before_a_common_noun_belongs_to_the_body_not_the_name()
    {
        var result = Extract.From("On 5 May 2026, Deputy Head of the State Administration of Traditional Indian Medicine Ravi Menon opened the exhibition.");

        Assert.Contains("Deputy Head of the State Administration of Traditional Indian Medicine", result.RolesOf("Ravi Menon"));
        Assert.DoesNotContain("Medicine Ravi Menon", result.Names(EntityKind.Person));
    }

    [Fact]
    public void A_body_ending_in_its_head_noun_ends_where_the_name_begins()
    {
        var result = Extract.From("On 5 May 2026, the delegation was headed by Deputy Commissioner of the State Grain Administration Chen Li.");

        Assert.Contains("Deputy Commissioner of the State Grain Administration", result.RolesOf("Chen Li"));
    }

    [Fact]
    public void A_body_named_by_its_head_noun_alone_then_a_comma_and_the_name()
    {
        var result = Extract.From("On 5 May 2026, the lecture was moderated by the Director of the Centre, Dr Farida Azizova.");

        Assert.Contains("Director of the Centre", result.RolesOf("Farida Azizova"));
    }

    [Fact]
    public void Of_several_holders_of_a_bare_title_the_one_named_in_its_paragraph_is_meant()
    {
        var result = Extract.From("On 5 May 2026, IPU Secretary General Maria Costa welcomed the delegations in Geneva.\n\n"
            + "SCO Secretary-General Ivan Petrov spoke by video link. The Secretary-General said that the Secretariat would help.");

        Assert.Contains("Secretary-General", result.RolesOf("Ivan Petrov"));
        Assert.DoesNotContain("Secretary-General", result.RolesOf("Maria Costa"));
    }

    [Fact]
    public void A_bodys_acronym_after_it_closes_a_title_written_after_the_name()
    {
        var result = Extract.From("On 5 May 2026, Li Hua, Vice Chairman of the Eurasian Economic Commission (EEC), proposed a joint plan.");

        Assert.Contains("Vice Chairman of the Eurasian Economic Commission (EEC)", result.RolesOf("Li Hua"));
    }

    [Fact]
    public void A_post_at_a_ministry_keeps_the_ministry_in_the_title()
    {
        var result = Extract.From("On 5 May 2026, Ravi Menon, Adviser (Yoga) at the Ministry of Health of India, spoke at the forum in Qingdao.");

        Assert.Contains("Adviser (Yoga) at the Ministry of Health of India", result.RolesOf("Ravi Menon"));
    }

    [Fact]
    public void Where_a_meeting_was_held_is_not_part_of_the_title()
    {
        var result = Extract.From("On 5 May 2026, the Secretary-General held talks with Amit Rao, Ambassador of India to China at the SCO Secretariat in Beijing.");

        Assert.Contains("Ambassador of India to China", result.RolesOf("Amit Rao"));
    }
}
