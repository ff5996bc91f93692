namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Titles written with a possessive country, a national part of a body, appointment words after a name, a name
/// in apposition to a bare title, and a few real titles the knowledge base lacked.
/// </summary>
public sealed class RoleWordingTests
{
    [Fact]
    public void A_national_security_adviser_after_a_possessive_country_is_a_role()
    {
        var result = Extract.From("On 5 May 2026, Nepal's National Security Adviser Ramesh Thapa and Kazakh National Security Adviser Daulet Omarov met in Astana.");

        Assert.Contains("Nepal's National Security Adviser", result.RolesOf("Ramesh Thapa"));
        Assert.Contains("Kazakh National Security Adviser", result.RolesOf("Daulet Omarov"));
    }

    [Fact]
    public void Appointment_words_after_a_name_belong_to_neither_the_name_nor_the_title()
    {
        var result = Extract.From("On 5 May 2026, the Secretary-General received at the Secretariat in Beijing Karim Haddad, the newly appointed Ambassador of the Kingdom of Bahrain to the People's Republic of China.");

        Assert.Contains("Ambassador of the Kingdom of Bahrain to the People's Republic of China", result.RolesOf("Karim Haddad"));
        Assert.Empty(result.RolesOf("Beijing Karim Haddad"));
    }

    [Fact]
    public void A_national_part_of_a_body_stays_in_the_title()
    {
        var result = Extract.From("On 5 May 2026, the session was opened by Pavel Orlov, Chairman of the Russian part of the SCO Business Council.");

        Assert.Contains("Chairman of the Russian part of the SCO Business Council", result.RolesOf("Pavel Orlov"));
    }

    [Fact]
    public void A_name_with_its_own_title_after_a_bare_title_is_an_apposition_not_the_holder()
    {
        var result = Extract.From("On 5 May 2026, SCO Secretary-General Zhang Ming gave a lecture at the university.\n\n"
            + "Welcoming the Secretary-General, Farid Guliyev, Rector of the University, thanked the SCO.");

        Assert.DoesNotContain("Secretary-General", result.RolesOf("Farid Guliyev"));
        Assert.Contains(result.RolesOf("Farid Guliyev"), title => title.StartsWith("Rector", StringComparison.Ordinal));
        Assert.Contains("Secretary-General", result.RolesOf("Zhang Ming"));
    }

    [Fact]
    public void Deputy_and_vice_titles_of_banks_are_roles()
    {
        var result = Extract.From("On 5 May 2026, the bank was represented by its Vice Governor Li Hua and the fund by First Deputy Chairman Timur Karimov.");

        Assert.Contains("Vice Governor", result.RolesOf("Li Hua"));
        Assert.Contains("First Deputy Chairman", result.RolesOf("Timur Karimov"));
    }

    [Fact]
    public void A_title_of_a_known_region_ends_where_the_name_begins()
    {
        var result = Extract.From("On 5 May 2026, the forum in Kazan was opened by Head of the Republic of Tatarstan Ildar Safin and SCO Deputy Secretary-General Zhang Ming.");

        Assert.Contains("Head of the Republic of Tatarstan", result.RolesOf("Ildar Safin"));
    }

    [Fact]
    public void A_dotted_acronym_body_before_a_name_ends_the_title()
    {
        var result = Extract.From("On 5 May 2026, the session was chaired by Chairman of ABC.KZ Nurlan Bekov and attended by bankers.");

        Assert.Contains("Chairman of ABC.KZ", result.RolesOf("Nurlan Bekov"));
    }
}
