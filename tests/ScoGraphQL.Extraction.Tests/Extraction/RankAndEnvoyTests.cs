using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Military ranks beside names, bodies qualified by a country before a name, and envoys' long titles (misses found on unseen releases).</summary>
public sealed class RankAndEnvoyTests
{
    private static IEnumerable<string> RolesOf(ExtractionResult result, string person) =>
        result.Roles.Where(r => r.PersonKey == EntityKeys.For(EntityKind.Person, person)).Select(r => r.Title);

    [Fact]
    public void A_rank_between_a_title_and_a_name_is_skipped_and_is_not_a_role()
    {
        var result = Extract.From("A memorandum was signed with the CIS Anti-Terrorism Centre (CIS ATC). The talks were opened by the Chief of the General Staff of the Armed Forces of Kazakhstan, Major General Serik Omarov, and the Head of the CIS ATC, Lieutenant General Pavel Orlov.");

        Assert.Contains("Serik Omarov", result.Names(EntityKind.Person));
        Assert.Contains("Pavel Orlov", result.Names(EntityKind.Person));
        Assert.Equal(["Head of the CIS ATC"], RolesOf(result, "Pavel Orlov"));
        Assert.DoesNotContain(result.Roles, r => r.Title.Contains("General Pavel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_of_two_words_introduces_a_name_on_its_own()
    {
        var result = Extract.From("Rear Admiral Anton Belov inspected the ships. Major cities hosted the events.");

        Assert.Equal(["Anton Belov"], result.Names(EntityKind.Person));
        Assert.Empty(RolesOf(result, "Anton Belov"));
    }

    [Fact]
    public void A_name_after_the_country_that_qualifies_a_body_belongs_to_the_person()
    {
        var result = Extract.From("Deputy Director of the Federal Security Service of the Russian Federation Oleg Markov spoke about financing.");

        Assert.Contains("Oleg Markov", result.Names(EntityKind.Person));
        Assert.Contains("Federal Security Service of the Russian Federation", result.Names(EntityKind.Organization));
        Assert.Equal(["Deputy Director of the Federal Security Service of the Russian Federation"], RolesOf(result, "Oleg Markov"));
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

        Assert.Equal(["Deputy Minister of Petroleum of the Islamic Republic of Iran"], RolesOf(result, "Reza Karimi"));
    }

    [Fact]
    public void An_envoy_to_the_UN_and_other_international_organisations_keeps_the_whole_title()
    {
        var result = Extract.From("Ambassador Wang Lei, Permanent Representative of the People's Republic of China to the United Nations and Other International Organizations in Geneva, took part.");

        Assert.Contains("Permanent Representative of the People's Republic of China to the United Nations and Other International Organizations in Geneva", RolesOf(result, "Wang Lei"));
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
        Assert.Equal(["Indian External Affairs Minister"], RolesOf(result, "R. Venkataraman"));
    }
}
