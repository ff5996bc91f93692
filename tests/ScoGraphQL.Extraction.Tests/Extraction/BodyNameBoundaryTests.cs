using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Where a body's name named inside a title ends and its holder's name begins (issue #3: a region's suffix, a
/// portfolio word or a head noun ran into the name after it, or the name ran into the body's name), and offices of
/// audit and sanitary services.
/// </summary>
public sealed class BodyNameBoundaryTests
{
    [Fact]
    public void A_regions_suffix_ends_the_title_and_never_begins_the_name()
    {
        var result = Extract.From("The forum was opened by Governor of the Kostanay Region Arman Dosov. First Deputy Governor of the Omsk Region Pavel Gromov and Plenipotentiary Representative of the Government of the Republic of Tajikistan in the Sughd Region Firuz Rahimov also spoke.");

        Assert.Equal(["Governor of the Kostanay Region"], result.RolesOf("Arman Dosov"));
        Assert.Equal(["First Deputy Governor of the Omsk Region"], result.RolesOf("Pavel Gromov"));
        Assert.Equal(["Plenipotentiary Representative of the Government of the Republic of Tajikistan in the Sughd Region"], result.RolesOf("Firuz Rahimov"));
        Assert.DoesNotContain(result.Names(EntityKind.Person), n => n.StartsWith("Region ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_portfolio_word_or_head_noun_before_a_name_ends_the_body()
    {
        var result = Extract.From("Director of the Department of Industry and Trade Ravi Menon noted the progress, and Deputy Director of the Management Committee of Tianfu Software Park Zhou Wenjie presented the pilot projects.");

        Assert.Equal(["Director of the Department of Industry and Trade"], result.RolesOf("Ravi Menon"));
        Assert.Equal(["Deputy Director of the Management Committee of Tianfu Software Park"], result.RolesOf("Zhou Wenjie"));
        Assert.DoesNotContain(result.Names(EntityKind.Person), n => n.StartsWith("Trade ", StringComparison.Ordinal) || n.StartsWith("Park ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_name_after_an_on_complement_is_not_part_of_the_body()
    {
        var result = Extract.From("The delegation was led by Chairman of the Committee on Budget and Economic Reforms Dilshod Ergashev.");

        Assert.Equal(["Chairman of the Committee on Budget and Economic Reforms"], result.RolesOf("Dilshod Ergashev"));
        Assert.Contains("Committee on Budget and Economic Reforms", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void Heads_of_audit_institutions_hold_titles()
    {
        var result = Extract.From("Taking part were Deputy Comptroller and Auditor General of India Rohan Gupta and Auditor-General of Kazakhstan Daniyar Serikov.");

        Assert.Equal(["Deputy Comptroller and Auditor General of India"], result.RolesOf("Rohan Gupta"));
        Assert.Equal(["Auditor-General of Kazakhstan"], result.RolesOf("Daniyar Serikov"));
    }

    [Fact]
    public void A_bodys_short_name_in_brackets_stands_between_two_titles_or_before_the_name()
    {
        var result = Extract.From("Director of the National Centre for Public Health (Respublikcenter) and Chief State Sanitary Doctor of Kyrgyzstan Aida Mamatova spoke first. Chairman of the Board of the Institute of Strategic Studies (ISS Institute) Karim Nazarov spoke next.");

        Assert.Equal(["Director of the National Centre for Public Health", "Chief State Sanitary Doctor of Kyrgyzstan"], result.RolesOf("Aida Mamatova"));
        Assert.Equal(["Chairman of the Board of the Institute of Strategic Studies"], result.RolesOf("Karim Nazarov"));
    }
}
