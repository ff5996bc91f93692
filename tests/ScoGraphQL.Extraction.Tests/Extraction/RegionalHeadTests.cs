using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Heads of regions in the member states (akims, hokims), titles whose remit follows "for", a second title before the
/// name, and regions whose names hold a country's name or are coordinated before a plural suffix.
/// </summary>
public sealed class RegionalHeadTests
{
    [Fact]
    public void An_akim_and_a_hokim_are_titles_of_the_person_they_name()
    {
        var result = Extract.From("Akim of the Pavlodar Region Daniyar Seitkali welcomed the delegations. Deputy Hokim of the Fergana Region Botir Usmonov spoke next.");

        Assert.Equal(["Akim of the Pavlodar Region"], result.RolesOf("Daniyar Seitkali"));
        Assert.Equal(["Deputy Hokim of the Fergana Region"], result.RolesOf("Botir Usmonov"));
    }

    [Fact]
    public void A_region_named_after_a_country_is_a_place_of_that_country_and_no_mention_of_it()
    {
        var result = Extract.From("A direct flight between Omsk and the North Kazakhstan Region will open in spring.");

        Assert.Contains("North Kazakhstan Region", result.Names(EntityKind.Place));
        Assert.DoesNotContain("Kazakhstan", result.Names(EntityKind.Country));
    }

    [Fact]
    public void A_title_for_a_remit_keeps_the_remit()
    {
        var result = Extract.From("Under-Secretary-General for Peace Operations Marta Lindqvist briefed the Council.");

        Assert.Equal(["Under-Secretary-General for Peace Operations"], result.RolesOf("Marta Lindqvist"));
    }

    [Fact]
    public void A_ministry_named_with_jihad_is_one_portfolio()
    {
        var result = Extract.From("Deputy Minister of Agriculture Jihad of Iran Reza Karimi attended.");

        Assert.Equal(["Deputy Minister of Agriculture Jihad of Iran"], result.RolesOf("Reza Karimi"));
    }

    [Fact]
    public void A_rank_title_between_a_national_title_and_the_name_is_the_same_persons_second_title()
    {
        var result = Extract.From("The meeting was chaired by SCO National Coordinator of the Republic of India Ambassador Rohan Mehta.");

        Assert.Equal(["SCO National Coordinator of the Republic of India", "Ambassador"], result.RolesOf("Rohan Mehta"));
    }

    [Fact]
    public void Coordinated_regions_with_a_hyphenated_name_take_the_full_form_the_text_writes_elsewhere()
    {
        var result = Extract.From("Orchards were planted in the Khatlon and Ak-Tala regions. The ministers later visited a farm in the Khatlon Region.");

        var places = result.Names(EntityKind.Place).ToList();
        Assert.Contains("Khatlon Region", places);
        Assert.Contains("Ak-Tala", places);
        Assert.DoesNotContain("Khatlon", places);
    }

    [Fact]
    public void A_minister_plenipotentiary_of_an_embassy_is_a_title()
    {
        var result = Extract.From("Minister Plenipotentiary of the Turkish Embassy Selin Aksoy also took part in the talks.");

        Assert.Equal(["Minister Plenipotentiary of the Turkish Embassy"], result.RolesOf("Selin Aksoy"));
    }

    [Fact]
    public void A_long_title_runs_through_a_remit_on_a_parent_under_and_a_possessive_to_the_name()
    {
        var result = Extract.From("Head of the Division on Countering Cybercrime under the Ministry of Internal Affairs of the Kyrgyz Republic Nurlan Abdyrakhmanov and Head of the Unit on Asset Recovery under the Prosecutor General's Office of Mongolia Tsend Batbayar presented the study.");

        Assert.Equal(["Head of the Division on Countering Cybercrime under the Ministry of Internal Affairs of the Kyrgyz Republic"], result.RolesOf("Nurlan Abdyrakhmanov"));
        Assert.Equal(["Head of the Unit on Asset Recovery under the Prosecutor General's Office of Mongolia"], result.RolesOf("Tsend Batbayar"));
    }

    [Fact]
    public void A_bare_title_of_several_holders_goes_to_the_one_its_paragraph_names()
    {
        var result = Extract.From("The talks were chaired by Minister of Trade of Mongolia Bat-Erdene Tsend. Minister of Trade of the Republic of Belarus Pavel Lysenko also spoke.\n\nAfter the talks Mr Lysenko described the new customs rules. \"They will save time,\" the Minister said.");

        Assert.Contains("Minister", result.RolesOf("Pavel Lysenko"));
        Assert.DoesNotContain("Minister", result.RolesOf("Bat-Erdene Tsend"));
    }

    [Fact]
    public void A_member_of_parliament_written_deputy_of_is_a_title()
    {
        var result = Extract.From("Deputy of the State Duma of the Federal Assembly of the Russian Federation Irina Volkova and Deputy Minister of Health of Mongolia Bold Ganbaatar spoke.");

        Assert.Equal(["Deputy of the State Duma of the Federal Assembly of the Russian Federation"], result.RolesOf("Irina Volkova"));
        Assert.Equal(["Deputy Minister of Health of Mongolia"], result.RolesOf("Bold Ganbaatar"));
    }
}
