using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Body names on new text: longest match, acronym definitions of any body shape, state bodies and short forms.</summary>
public sealed class OrganizationShapeTests
{
    [Fact]
    public void A_known_name_inside_a_longer_body_name_is_not_a_body_of_its_own()
    {
        var result = Extract.From("Experts of the United Nations Office for Outer Space Affairs (UNOOSA) briefed the meeting.");

        Assert.Contains("United Nations Office for Outer Space Affairs", result.Names(EntityKind.Organization));
        Assert.DoesNotContain("United Nations", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void The_shorter_name_still_counts_when_the_text_names_it_on_its_own()
    {
        var result = Extract.From("Experts of the United Nations Office for Outer Space Affairs (UNOOSA) briefed the meeting. "
            + "They praised the role of the United Nations.");

        Assert.Contains("United Nations", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_name_ending_inside_a_longer_one_that_starts_before_it_is_not_a_body()
    {
        var result = Extract.From("A deputy governor of the People's Bank of China joined the talks online.");

        Assert.Contains("People's Bank of China", result.Names(EntityKind.Organization));
        Assert.DoesNotContain("Bank of China", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_body_before_a_document_s_title_is_part_of_the_title_but_a_body_s_own_resolution_is_not()
    {
        var convention = Extract.From("The ministers called for full use of the United Nations Convention against Transnational Crime.");
        Assert.DoesNotContain("United Nations", convention.Names(EntityKind.Organization));

        var resolution = Extract.From("The ministers recalled United Nations Security Council Resolution 1373 of 28 September 2001.");
        Assert.Contains("UN Security Council", resolution.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_task_force_is_a_body_when_the_text_defines_its_acronym_but_an_economic_term_is_not()
    {
        var result = Extract.From("The bank reported to the Regional Payments Task Force (RPTF) on Gross Domestic Product (GDP) growth.");

        Assert.Contains("RPTF", result.Single(EntityKind.Organization, "Regional Payments Task Force").Acronyms);
        Assert.DoesNotContain("Gross Domestic Product", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_group_on_countering_something_is_named_whole_up_to_its_acronym()
    {
        var result = Extract.From("The prosecutors will cooperate with the Asian Group on Countering Illicit Financial Flows (AGIFF).");

        Assert.Contains("AGIFF", result.Single(EntityKind.Organization, "Asian Group on Countering Illicit Financial Flows").Acronyms);
        Assert.DoesNotContain("Asian Group", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_country_after_a_body_noun_closes_the_body_s_name()
    {
        var result = Extract.From("Mentors from Innovation Park Tajikistan held master classes for the students.");

        Assert.Contains("Innovation Park Tajikistan", result.Names(EntityKind.Organization));
        Assert.Contains("Tajikistan", result.Names(EntityKind.Country));
    }

    [Fact]
    public void A_government_is_a_body_only_with_its_of_complement()
    {
        var result = Extract.From("The Government of the Republic of Tatarstan hosted the forum. The Kyrgyz Government sent greetings. "
            + "The meeting of the Heads of Government of the SCO Member States was held in Minsk.");

        Assert.Contains("Government of the Republic of Tatarstan", result.Names(EntityKind.Organization));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Kyrgyz Government", StringComparison.Ordinal));
        Assert.DoesNotContain("Heads of Government of the SCO Member States", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_cabinet_of_ministers_is_named_with_its_country()
    {
        var result = Extract.From("The forum was opened by Deputy Chairman of the Cabinet of Ministers of Turkmenistan Aman Orazov.");

        Assert.Contains("Cabinet of Ministers of Turkmenistan", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_country_adjective_before_a_ministry_says_whose_ministry_it_is()
    {
        var result = Extract.From("The experts will prepare the visit together with the Kazakh Ministry of Ecology and Natural Resources.");

        Assert.Contains("Ministry of Ecology and Natural Resources", result.Names(EntityKind.Organization));
        Assert.Contains("Kazakhstan", result.Names(EntityKind.Country));
    }

    [Fact]
    public void A_body_written_again_without_its_of_complement_is_the_same_body()
    {
        var result = Extract.From("The Sports Agency of the Republic of Tajikistan organised the games. The head of the Sports Agency opened them.");

        Assert.Contains("Sports Agency", result.Single(EntityKind.Organization, "Sports Agency of the Republic of Tajikistan").Aliases);
        Assert.DoesNotContain("Sports Agency", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void The_secretariat_alone_is_the_sco_secretariat_in_a_release_about_the_sco_unless_another_is_named()
    {
        const string Sco = "The SCO finance ministers met online. They agreed that the Secretariat would circulate the draft.";
        Assert.Contains("SCO Secretariat", Extract.From(Sco).Names(EntityKind.Organization));

        var other = Extract.From(Sco + " The Secretariat of the Commonwealth of Independent States sent observers.");
        Assert.DoesNotContain("SCO Secretariat", other.Names(EntityKind.Organization));

        Assert.DoesNotContain("SCO Secretariat", Extract.From("The ministers agreed that the Secretariat would circulate the draft.").Names(EntityKind.Organization));
    }

    [Fact]
    public void A_body_noun_inside_a_country_s_official_name_is_not_a_body()
    {
        var result = Extract.From("The leaders welcomed the Republic of the Union of Myanmar as a dialogue partner.");

        Assert.DoesNotContain("Union of Myanmar", result.Names(EntityKind.Organization));
        Assert.Contains("Myanmar", result.Names(EntityKind.Country));
    }

    [Fact]
    public void A_parliament_s_short_name_is_the_known_body()
    {
        var result = Extract.From("Deputies of the State Duma met the observers. Experts of the Hague Conference on Private International Law (HCCH) spoke.");

        Assert.Contains("State Duma of the Federal Assembly of the Russian Federation", result.Names(EntityKind.Organization));
        Assert.Contains("HCCH", result.Single(EntityKind.Organization, "Hague Conference on Private International Law").Acronyms);
    }

    [Fact]
    public void A_board_in_a_title_belongs_to_the_title_and_the_body_is_the_one_after_it()
    {
        var result = Extract.From("The session was opened by the Chairman of the Supervisory Board of the Steppe Savings Bank of Mongolia.");

        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Supervisory Board", StringComparison.Ordinal));
        Assert.Contains(result.Names(EntityKind.Organization), n => n.StartsWith("Steppe Savings Bank", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_organisation_takes_no_on_complement_from_the_title_that_names_it()
    {
        var result = Extract.From("The ministers discussed the Protocol between the Shanghai Cooperation Organisation on the Harmonisation of Customs Forms.");

        Assert.Contains("Shanghai Cooperation Organisation", result.Names(EntityKind.Organization));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Harmonisation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministry_s_remit_may_be_a_comma_list()
    {
        var result = Extract.From("Officials of the Ministry of Fisheries, Forestry and Wildlife of Nepal met the delegation.");

        Assert.Contains("Ministry of Fisheries, Forestry and Wildlife of Nepal", result.Names(EntityKind.Organization));
        Assert.DoesNotContain("Ministry of Fisheries", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_body_named_again_without_its_qualifier_is_the_same_body()
    {
        var result = Extract.From("Experts of the CSTO Coordination Committee arrived in Minsk. The Coordination Committee will report in May.");

        Assert.DoesNotContain("Coordination Committee", result.Names(EntityKind.Organization));
        Assert.Contains("CSTO Coordination Committee", result.Names(EntityKind.Organization));
    }
}
