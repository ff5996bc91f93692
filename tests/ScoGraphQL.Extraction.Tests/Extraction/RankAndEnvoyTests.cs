using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Military ranks beside names, bodies qualified by a country before a name, envoys' and rectors' long titles, and regions named with a suffix (misses found on unseen releases).</summary>
public sealed class RankAndEnvoyTests
{
    [Fact]
    public void A_rank_between_a_title_and_a_name_is_skipped_and_is_not_a_role()
    {
        var result = Extract.From("A memorandum was signed with the CIS Anti-Terrorism Centre (CIS ATC). The talks were opened by the Chief of the General Staff of the Armed Forces of Kazakhstan, Major General Serik Omarov, and the Head of the CIS ATC, Lieutenant General Pavel Orlov.");

        Assert.Contains("Serik Omarov", result.Names(EntityKind.Person));
        Assert.Contains("Pavel Orlov", result.Names(EntityKind.Person));
        Assert.Equal(["Head of the CIS ATC"], result.RolesOf("Pavel Orlov"));
        Assert.DoesNotContain(result.Roles, r => r.Title.Contains("General Pavel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_of_two_words_introduces_a_name_on_its_own()
    {
        var result = Extract.From("Rear Admiral Anton Belov inspected the ships. Major cities hosted the events.");

        Assert.Equal(["Anton Belov"], result.Names(EntityKind.Person));
        Assert.Empty(result.RolesOf("Anton Belov"));
    }

    [Fact]
    public void A_name_after_the_country_that_qualifies_a_body_belongs_to_the_person()
    {
        var result = Extract.From("Deputy Director of the Federal Security Service of the Russian Federation Oleg Markov spoke about financing.");

        Assert.Contains("Oleg Markov", result.Names(EntityKind.Person));
        Assert.Contains("Federal Security Service of the Russian Federation", result.Names(EntityKind.Organization));
        Assert.Equal(["Deputy Director of the Federal Security Service of the Russian Federation"], result.RolesOf("Oleg Markov"));
    }

    [Fact]
    public void A_body_named_after_its_country_keeps_the_words_that_follow()
    {
        var result = Extract.From("The railway company Kazakhstan Temir Zholy signed the agreement.");

        Assert.DoesNotContain("Temir Zholy", result.Names(EntityKind.Person));
    }

    [Fact]
    public void Portfolios_of_energy_ministries_are_part_of_a_ministers_title()
    {
        var result = Extract.From("Reza Karimi, Deputy Minister of Petroleum of the Islamic Republic of Iran, presented the plan.");

        Assert.Equal(["Deputy Minister of Petroleum of the Islamic Republic of Iran"], result.RolesOf("Reza Karimi"));
    }

    [Fact]
    public void An_envoy_to_the_UN_and_other_international_organisations_keeps_the_whole_title()
    {
        var result = Extract.From("Ambassador Wang Lei, Permanent Representative of the People's Republic of China to the United Nations and Other International Organizations in Geneva, took part.");

        Assert.Contains("Permanent Representative of the People's Republic of China to the United Nations and Other International Organizations in Geneva", result.RolesOf("Wang Lei"));
    }

    [Fact]
    public void A_whole_name_after_an_honorific_is_a_person_and_a_later_surname_is_the_same_one()
    {
        var result = Extract.From("Dr Meera Iyer of the institute presented a study. Dr Iyer called for joint research.");

        Assert.Equal(["Meera Iyer"], result.Names(EntityKind.Person));
    }

    [Fact]
    public void An_honorific_and_an_initial_between_a_title_and_a_family_name_are_read_as_the_name()
    {
        var result = Extract.From("Indian External Affairs Minister Dr R. Venkataraman spoke first. The plan B. Officials agreed.");

        Assert.Equal(["R. Venkataraman"], result.Names(EntityKind.Person));
        Assert.Equal(["Indian External Affairs Minister"], result.RolesOf("R. Venkataraman"));
    }

    [Fact]
    public void A_body_of_a_country_with_a_possessive_in_its_name_is_not_cut_at_the_apostrophe()
    {
        var result = Extract.From("The Ministry of Commerce of the People's Republic of China and the State Council of the Lao People's Democratic Republic agreed on the plan.");

        Assert.Contains("Ministry of Commerce of the People's Republic of China", result.Names(EntityKind.Organization));
        Assert.Contains("State Council of the Lao People's Democratic Republic", result.Names(EntityKind.Organization));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.EndsWith("of the People", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_suffix_after_a_place_name_is_part_of_the_place()
    {
        var result = Extract.From("The delegation visited a dairy farm in the Osh Region and a seed station in Kaifeng, Henan Province, last week.");

        var places = result.Names(EntityKind.Place).ToList();
        Assert.Contains("Osh Region", places);
        Assert.Contains("Henan Province", places);
        Assert.DoesNotContain("Osh", places);
    }

    [Fact]
    public void Envoys_rectors_and_acting_ministers_hold_titles()
    {
        var result = Extract.From("Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the Russian Federation Davit Sargsyan met Vice-Rector of the Moscow State Linguistic University Irina Volkova. Acting Minister of Health of the Republic of Belarus Pavel Ivanov also attended.");

        Assert.Contains("Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the Russian Federation", result.RolesOf("Davit Sargsyan"));
        Assert.Contains("Vice-Rector of the Moscow State Linguistic University", result.RolesOf("Irina Volkova"));
        Assert.Contains("Acting Minister of Health of the Republic of Belarus", result.RolesOf("Pavel Ivanov"));
    }
}
