namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Two titles joined by "and" before a name, a bracketed part of a title, and a rank-like title after a comma.</summary>
public sealed class CoordinatedTitleTests
{
    [Fact]
    public void Two_titles_joined_by_and_before_a_name_are_two_roles_and_the_whole_as_written()
    {
        var result = Extract.From("On 5 May 2026, the Secretary-General met in Beijing with Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of the Kingdom of Thailand Somchai Wongsawat, who was in Beijing on a working visit.");

        Assert.Equal(["Deputy Prime Minister", "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of the Kingdom of Thailand",
            "Minister of Foreign Affairs and International Cooperation of the Kingdom of Thailand"], result.RolesOf("Somchai Wongsawat").Order());
    }

    [Fact]
    public void A_national_coordinator_and_an_ambassador_at_large_after_a_comma_are_two_roles()
    {
        var result = Extract.From("On 5 May 2026, the meeting was chaired by the National Coordinator of the Republic of Kazakhstan for SCO Affairs, Ambassador-at-Large Aigerim Nurlanova.");

        Assert.Contains("National Coordinator of the Republic of Kazakhstan for SCO Affairs", result.RolesOf("Aigerim Nurlanova"));
        Assert.Contains("Ambassador-at-Large", result.RolesOf("Aigerim Nurlanova"));
    }

    [Fact]
    public void A_bracketed_part_of_a_title_stays_in_it()
    {
        var result = Extract.From("On 5 May 2026, the guest of honour was Secretary (East) of the Ministry of External Affairs of India Anil Kumar Mehta.");

        Assert.Contains("Secretary (East) of the Ministry of External Affairs of India", result.RolesOf("Anil Kumar Mehta"));
    }
}
