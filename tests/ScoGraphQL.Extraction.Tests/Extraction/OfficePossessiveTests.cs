using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Issue #3: an office's possessive inside a body's name ("Prosecutor General's Office"), a body "under the" such an
/// office, local people's governments of China, archives, and the United Nations closing its agencies' names.
/// </summary>
public sealed class OfficePossessiveTests
{
    [Fact]
    public void An_office_possessive_belongs_to_the_body_and_its_unit_under_it_keeps_it()
    {
        var result = Extract.From("Head of the Directorate for Financial Investigations under the Prosecutor General's Office of the Kyrgyz Republic Nurlan Abdyldaev addressed the seminar.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Directorate for Financial Investigations under the Prosecutor General's Office of the Kyrgyz Republic", bodies);
        Assert.Contains("Prosecutor General's Office of the Kyrgyz Republic", bodies);
        Assert.DoesNotContain("Office of the Kyrgyz Republic", bodies);
    }

    [Fact]
    public void A_municipal_or_provincial_peoples_government_is_a_body()
    {
        var result = Extract.From("The exhibition was co-hosted by the Xiamen Municipal People's Government and the People's Government of Yunnan Province.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Xiamen Municipal People's Government", bodies);
        Assert.Contains("People's Government of Yunnan Province", bodies);
    }

    [Fact]
    public void An_archive_and_a_demonstration_base_are_bodies()
    {
        var result = Extract.From("Restored prints were lent by the Kazakh State Film Archive for the retrospective. Farmers trained at the SCO Pilot Base for Water-Saving Irrigation and Seed Breeding in Tashkent.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Kazakh State Film Archive", bodies);
        Assert.Contains("SCO Pilot Base for Water-Saving Irrigation and Seed Breeding", bodies);
    }

    [Fact]
    public void The_united_nations_closing_an_agencys_name_is_no_mention_of_its_own()
    {
        var result = Extract.From("Experts of the International Fund for Agricultural Development of the United Nations and the Executive Committee of the SCO Regional Anti-Terrorist Structure took part.");

        var bodies = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("International Fund for Agricultural Development of the United Nations", bodies);
        Assert.DoesNotContain("United Nations", bodies);
        Assert.Contains("SCO Regional Anti-Terrorist Structure", bodies);
    }

    [Theory]
    [InlineData("Delegates of the Food and Agriculture Organization of the United Nations (FAO) visited the farm.")]

    public void A_known_agency_named_with_the_united_nations_is_no_mention_of_the_united_nations(string text)
    {
        var bodies = Extract.From(text).Names(EntityKind.Organization).ToList();

        Assert.DoesNotContain("United Nations", bodies);
    }
}
