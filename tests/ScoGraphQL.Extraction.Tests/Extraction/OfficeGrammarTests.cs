using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Titles read as modifiers and an office head noun, with what follows them, rather than as a list of whole offices
/// (issue #3: offices no earlier release used were missed, and so were the people who held them).
/// </summary>
public sealed class OfficeGrammarTests
{
    [Fact]
    public void A_title_composed_of_modifiers_and_an_office_head_introduces_a_name()
    {
        var result = Extract.From("The session was opened by First Deputy Procurator General of Tajikistan Rustam Nazarov. Assistant Solicitor General Meera Iyer presented the report.");

        Assert.Equal(["First Deputy Procurator General of Tajikistan"], result.RolesOf("Rustam Nazarov"));
        Assert.Equal(["Assistant Solicitor General"], result.RolesOf("Meera Iyer"));
        var role = Assert.Single(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Rustam Nazarov"));
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Tajikistan"), role.CountryKey);
    }

    [Fact]
    public void Modifiers_and_office_heads_alone_make_no_person()
    {
        var result = Extract.From("The Additional Secretary and the Chief Judge were informed. Senior Officials discussed the Joint Plan.");

        Assert.Empty(result.Names(EntityKind.Person));
    }
}
