using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Issue #3: a department, committee or institute named with its parent ministry or institute is its own body beside
/// the parent; a body "Responsible for …" keeps its remit; a body's name stops before its holder's name at the end of a
/// sentence; a venue is no body.
/// </summary>
public sealed class SubUnitAndRemitTests
{
    [Fact]
    public void A_department_of_a_ministry_and_the_ministry_are_two_bodies()
    {
        var result = Extract.From("Director of the Department of Regional Planning of the Ministry of Water Resources of the Republic of Uzbekistan Bekzod Aliev and Chairman of the Sports Committee of the Ministry of Youth and Sports of the Kyrgyz Republic Azamat Osmonov spoke.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Department of Regional Planning", bodies);
        Assert.Contains("Ministry of Water Resources of the Republic of Uzbekistan", bodies);
        Assert.Contains("Sports Committee", bodies);
        Assert.Contains("Ministry of Youth and Sports of the Kyrgyz Republic", bodies);
    }

    [Fact]
    public void An_institute_of_a_larger_institute_is_its_own_body()
    {
        var result = Extract.From("A paper was presented by the Institute of Asian Security Studies of the Pakistan Institute of International Relations.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Institute of Asian Security Studies", bodies);
        Assert.Contains("Pakistan Institute of International Relations", bodies);
    }

    [Fact]
    public void A_service_of_a_federal_service_keeps_its_parent_in_its_name()
    {
        var result = Extract.From("The talks were attended by Head of the Coast Guard Service of the Federal Security Service of the Russian Federation Admiral Pavel Orlov.");

        Assert.Contains("Coast Guard Service of the Federal Security Service of the Russian Federation", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_body_responsible_for_a_remit_keeps_the_remit()
    {
        var result = Extract.From("The Working Group of Senior Officials of the SCO Member States Responsible for the Protection of Cultural Heritage met in Khiva.");

        Assert.Contains("Working Group of Senior Officials of the SCO Member States Responsible for the Protection of Cultural Heritage", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_holders_name_at_the_end_of_a_sentence_is_not_part_of_the_body()
    {
        var result = Extract.From("The session was opened by Chairperson of the National Council on the Rights of Children Farzana Qureshi. Ms Qureshi welcomed the guests.");

        Assert.Contains("National Council on the Rights of Children", result.Names(EntityKind.Organization));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.EndsWith("Qureshi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_under_a_government_names_the_government_too()
    {
        var result = Extract.From("Deputy Chairman of the Committee for Water Management under the Government of the Kyrgyz Republic Almaz Beishenov took part.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Committee for Water Management under the Government of the Kyrgyz Republic", bodies);
        Assert.Contains("Government of the Kyrgyz Republic", bodies);
    }

    [Fact]
    public void An_exhibition_centre_is_a_venue_not_a_body()
    {
        var result = Extract.From("The expo opened on 3 May at the Tashkent International Exhibition Centre.");

        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.Contains("Exhibition", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_known_by_its_acronym_gets_its_full_name()
    {
        var result = Extract.From("Rescuers of Russia's EMERCOM joined the flood drill in the mountains.");

        Assert.Contains("Ministry of the Russian Federation for Civil Defence, Emergencies and Elimination of Consequences of Natural Disasters", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_forum_named_with_its_subject_is_held_and_is_not_the_forum_body()
    {
        var result = Extract.From("The sides discussed the SCO Forum on Clean Water, which Uzbekistan will host in Samarkand in May.");

        Assert.DoesNotContain("SCO Forum", result.Names(EntityKind.Organization));
    }
}
