using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Where a capitalised document title ends: at "and of the" before a second title, before a date after "of", not at
/// the abbreviation "No.", not at a parenthesised word the title goes on after, not at a place followed by a period.
/// </summary>
public sealed class DocumentTitleTests
{
    [Fact]
    public void And_of_the_before_a_second_title_separates_two_documents()
    {
        var result = Extract.From("On 4 May 2026, the ministers stressed the implementation of the SCO Water Strategy for 2025–2030 and of the Agreement on Cooperation in the Field of Fisheries.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.Contains("SCO Water Strategy for 2025–2030", names);
        Assert.Contains("Agreement on Cooperation in the Field of Fisheries", names);
        Assert.DoesNotContain(names, n => n.Contains(" and of ", StringComparison.Ordinal));
    }

    [Fact]
    public void On_after_a_body_in_a_document_title_begins_the_subject_not_the_body()
    {
        var result = Extract.From("On 4 May 2026, the Director presented the Report of the SCO Energy Club on the Implementation of the Programme for 2025.");

        var names = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("SCO Energy Club", names);
        Assert.DoesNotContain(names, n => n.Contains(" on the ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_after_of_dates_the_document_instead_of_ending_its_title()
    {
        var result = Extract.From("On 4 May 2026, the parties recalled the Agreement on Cooperation in the Field of Fisheries of 12 March 2011.");

        var document = result.Single(EntityKind.Document, "Agreement on Cooperation in the Field of Fisheries");
        Assert.Equal(PartialDate.Day(2011, 3, 12), document.Date);
    }

    [Fact]
    public void The_abbreviation_No_before_a_number_does_not_end_a_title()
    {
        var result = Extract.From("On 4 May 2026, the board adopted Decision No. 12 of the Council of the Fund on the Admission of New Members.");

        var document = result.Single(EntityKind.Document, "Decision No. 12 of the Council of the Fund on the Admission of New Members");
        Assert.Equal("12", document.Number);
    }

    [Fact]
    public void A_parenthesised_word_inside_a_title_that_goes_on_is_kept()
    {
        var result = Extract.From("On 4 May 2026, the banks confirmed their support for the Agreement on Financial Cooperation (Partnership) within the Framework of the SCO.");

        Assert.Contains("Agreement on Financial Cooperation (Partnership) within the Framework of the SCO", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_parenthesised_acronym_is_a_definition_not_part_of_a_title()
    {
        var result = Extract.From("On 4 May 2026, the parties signed the Agreement on Financial Cooperation (AFC) within the Framework of the SCO.");

        Assert.DoesNotContain(result.Names(EntityKind.Document), n => n.Contains("(AFC)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_followed_by_a_period_stays_in_the_title()
    {
        var result = Extract.From("On 4 May 2026, the sides agreed to draft a Programme of Cooperation between the Secretariat and the Embassy of Nepal in China for 2027–2028.");

        Assert.Contains("Programme of Cooperation between the Secretariat and the Embassy of Nepal in China for 2027–2028", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_place_without_a_period_still_ends_the_title()
    {
        var result = Extract.From("On 4 May 2026, the ministers adopted the Plan of Action on Tourism in Tashkent.");

        Assert.Contains("Plan of Action on Tourism", result.Names(EntityKind.Document));
    }

    [Fact]
    public void And_its_before_a_second_title_ends_the_first()
    {
        var result = Extract.From("On 4 May 2026, the experts reviewed the SCO Water Strategy for 2025–2030 and its Implementation Plan.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.Contains("SCO Water Strategy for 2025–2030", names);
        Assert.DoesNotContain(names, n => n.Contains(" and its ", StringComparison.Ordinal));
    }

    [Fact]
    public void And_to_the_before_a_second_title_separates_two_documents()
    {
        var result = Extract.From("On 4 May 2026, the speakers reaffirmed their commitment to the Fisheries Charter and to the Agreement on Cooperation in the Field of Forestry.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.Contains("Fisheries Charter", names);
        Assert.Contains("Agreement on Cooperation in the Field of Forestry", names);
    }

    [Fact]
    public void Regulations_with_and_or_and_at_before_capitals_are_one_title()
    {
        var result = Extract.From("On 4 May 2026, the mission worked under the Regulations on the Monitoring Group at Municipal and/or Regional Votes and Plebiscites.");

        var document = result.Single(EntityKind.Document, "Regulations on the Monitoring Group at Municipal and/or Regional Votes and Plebiscites");
        Assert.Equal(DocumentKind.Other, document.DocumentKind);
    }

    [Fact]
    public void At_before_a_place_ends_a_title()
    {
        var result = Extract.From("On 4 May 2026, the ministers signed the Memorandum on Forestry at Tashkent.");

        Assert.Contains("Memorandum on Forestry", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_security_council_resolution_is_numbered_without_a_slash()
    {
        var result = Extract.From("On 4 May 2026, the prosecutors recalled Resolution 2917 on the financing of piracy.");

        var document = result.Single(EntityKind.Document, "Resolution 2917");
        Assert.Equal("2917", document.Number);
    }

    [Fact]
    public void An_acronyms_possessive_names_the_publisher_not_the_title()
    {
        var result = Extract.From("On 4 May 2026, the experts discussed the WMO's Global Climate Report 2025 with the ministers.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.Contains("Global Climate Report 2025", names);
        Assert.DoesNotContain(names, n => n.Contains("WMO", StringComparison.Ordinal));
    }
    [Fact]
    public void A_lower_case_complement_after_on_and_a_gerund_belongs_to_the_title()
    {
        var result = Extract.From("On 4 May 2026, the envoy said that the Memorandum on opening a trade office of the SCO in the Kingdom of Bhutan creates new chances.");

        Assert.Contains("Memorandum on opening a trade office of the SCO in the Kingdom of Bhutan", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_quoted_name_after_a_title_ends_it()
    {
        var result = Extract.From("On 4 May 2026, the services approved the Plan for the Joint Customs Exercise \"Caravan-2028\" and held a press briefing.");

        Assert.Contains("Plan for the Joint Customs Exercise \"Caravan-2028\"", result.Names(EntityKind.Document));
    }

    [Fact]
    public void Among_the_member_states_continues_a_title_and_a_named_document_inside_drops_the_period()
    {
        var result = Extract.From("On 4 May 2026, the ministers adopted the Road Map for the Implementation of the Concept of Cooperation among the SCO Member States in the Field of Fisheries for 2028–2030.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.Contains("Road Map for the Implementation of the Concept of Cooperation among the SCO Member States in the Field of Fisheries for 2028–2030", names);
        Assert.Contains("Concept of Cooperation among the SCO Member States in the Field of Fisheries", names);
    }

    [Fact]
    public void A_plan_with_its_own_period_leaves_the_last_period_to_the_document_it_implements()
    {
        var result = Extract.From("On 4 May 2026, the experts drafted the Plan of Action for 2027–2029 to implement the SCO Water Strategy for 2027–2040.");

        Assert.Contains("SCO Water Strategy for 2027–2040", result.Names(EntityKind.Document));
    }

    [Fact]
    public void An_acronym_before_a_lower_case_noun_does_not_end_a_gerund_complement()
    {
        var result = Extract.From("On 4 May 2026, the minister said the Memorandum on granting the status of SCO observer to the Kingdom of Bhutan was ready.");

        Assert.Contains("Memorandum on granting the status of SCO observer to the Kingdom of Bhutan", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_lower_case_resolution_with_a_number_is_a_document()
    {
        var result = Extract.From("On 4 May 2026, the delegates welcomed resolution 81/112 on cooperation in the field of fisheries.");

        Assert.Equal("81/112", result.Single(EntityKind.Document, "resolution 81/112").Number);
    }

    [Fact]
    public void A_capitalised_their_inside_a_title_does_not_begin_a_second_document()
    {
        var result = Extract.From("On 4 May 2026, the agencies recalled the Agreement on Combating Smuggling of Cultural Goods, Antiquities and Their Replicas.");

        Assert.Contains("Agreement on Combating Smuggling of Cultural Goods, Antiquities and Their Replicas", result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_convention_centre_is_a_venue_not_a_document()
    {
        var result = Extract.From("On 4 May 2026, the fair opened at the Silk Road International Convention Centre in Tashkent.");

        Assert.Empty(result.Names(EntityKind.Document));
    }

    [Fact]
    public void A_named_framework_is_a_document_but_the_framework_of_the_sco_is_not()
    {
        var result = Extract.From("On 4 May 2026, within the Framework of the SCO, the experts discussed the Kunming Framework for Wetland Protection 2025–2035.");

        Assert.Equal(["Kunming Framework for Wetland Protection 2025–2035"], result.Names(EntityKind.Document));
    }

    [Fact]
    public void An_acronym_and_a_year_before_a_title_are_its_publisher_and_date()
    {
        var result = Extract.From("On 4 May 2026, the experts praised the UNEP 1998 Convention on the Protection of Mountain Lakes.");

        var document = result.Single(EntityKind.Document, "Convention on the Protection of Mountain Lakes");
        Assert.Equal(PartialDate.Year(1998), document.Date);
    }

    [Fact]
    public void A_short_wording_that_skips_the_parties_joins_the_full_title()
    {
        var result = Extract.From("On 4 May 2026, the ministers recalled the Agreement between the Governments of the SCO Member States on Cooperation in the Field of Forestry.\n\nThey approved the Plan of Action for the Implementation of the Agreement on Cooperation in the Field of Forestry for 2027–2029.");

        var names = result.Names(EntityKind.Document).ToList();
        Assert.DoesNotContain("Agreement on Cooperation in the Field of Forestry", names);
        Assert.Contains("Agreement between the Governments of the SCO Member States on Cooperation in the Field of Forestry", names);
    }

    [Fact]
    public void A_quoted_title_after_a_resolution_number_names_the_resolution()
    {
        var result = Extract.From("On 4 May 2026, the envoys welcomed resolution 81/57 \"Cooperation between the United Nations and the Andean Community\", adopted last year.");

        Assert.Equal("81/57", result.Single(EntityKind.Document, "Cooperation between the United Nations and the Andean Community").Number);
    }
}
