using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// National bodies, chambers, federations, museums and universities on invented sentences: head nouns from
/// organizations.json, their complements bounded where the name ends, and the country that only locates a body.
/// </summary>
public sealed class BodyNameTests
{
    [Fact]
    public void An_administration_is_a_body_and_its_acronym_is_learned()
    {
        var result = Extract.From("Experts of the National Forestry Administration (NFA) presented a map of the steppe.");

        Assert.Contains("NFA", result.Single(EntityKind.Organization, "National Forestry Administration").Acronyms);
    }

    [Fact]
    public void Museums_conservatories_and_federations_are_bodies()
    {
        var result = Extract.From("Pupils of the Regional Conservatory of Music sang at the Historical Museum of Sogd Province, "
            + "guests of the All-Asia Women's Federation.");

        var names = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Regional Conservatory of Music", names);
        Assert.Contains("Historical Museum of Sogd Province", names);
        Assert.Contains("All-Asia Women's Federation", names);
    }

    [Fact]
    public void A_country_s_name_ending_in_Federation_is_no_body()
    {
        var result = Extract.From("The Russian Federation for SCO Affairs will host the talks.");

        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.StartsWith("Russian Federation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_parliamentary_chamber_from_the_knowledge_base_is_a_body()
    {
        var result = Extract.From("A deputy speaker of the Mazhilis and a member of the Lok Sabha joined the session.");

        var names = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("Mazhilis", names);
        Assert.Contains("Lok Sabha", names);
    }

    [Fact]
    public void A_head_noun_after_a_plural_possessive_continues_the_name()
    {
        var result = Extract.From("The ministers welcomed the new SCO Young Farmers' Council.");

        Assert.Contains("SCO Young Farmers' Council", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_complement_that_names_no_body_leaves_the_acronym_to_the_whole_name()
    {
        var result = Extract.From("The visitors met the Federation of Nepal Chambers of Trade and Crafts (FNCTC) in the capital.");

        Assert.Contains("FNCTC", result.Single(EntityKind.Organization, "Federation of Nepal Chambers of Trade and Crafts").Acronyms);
    }

    [Fact]
    public void A_remit_list_after_for_and_the_authority_it_reports_to_belong_to_the_name()
    {
        var result = Extract.From("The event was organised by the State Agency for Youth, Sport and Physical Culture under the Cabinet of "
            + "Ministers of the Kyrgyz Republic with the support of partners.");

        Assert.Contains("State Agency for Youth, Sport and Physical Culture under the Cabinet of Ministers of the Kyrgyz Republic",
            result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_short_country_name_after_a_complement_only_locates_a_body_but_a_state_body_keeps_it()
    {
        var result = Extract.From("Delegates came from the National Council for Children of India, the Bank of Punjab of Pakistan "
            + "and the Ministry of Coal of India.");

        var names = result.Names(EntityKind.Organization).ToList();
        Assert.Contains("National Council for Children", names);
        Assert.Contains("Bank of Punjab", names);
        Assert.Contains("Ministry of Coal of India", names);
    }

    [Fact]
    public void A_country_written_in_full_stays_in_the_name()
    {
        var result = Extract.From("Officials of the Savings Bank of the Republic of Tajikistan attended.");

        Assert.Contains("Savings Bank of the Republic of Tajikistan", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_brand_acronym_bank_is_named_without_its_country()
    {
        var result = Extract.From("Among the partners was KMT Bank of the Kyrgyz Republic.");

        Assert.Contains("KMT Bank", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_nation_s_centre_abroad_is_named_with_its_city()
    {
        var result = Extract.From("Director of the Indian Cultural Centre in Tashkent Anil Mehra opened the exhibition.");

        Assert.Contains("Indian Cultural Centre in Tashkent", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void A_university_named_after_someone_keeps_the_dedication_and_its_short_form_is_the_same_body()
    {
        var result = Extract.From("The forum met at the Osh State University named after Professor Kamil Bayalinov. "
            + "Students of the Osh State University presented projects.");

        var body = result.Single(EntityKind.Organization, "Osh State University named after Professor Kamil Bayalinov");
        Assert.DoesNotContain("Osh State University", result.Names(EntityKind.Organization));
        Assert.NotNull(body);
    }

    [Fact]
    public void A_foreign_name_after_a_body_s_complement_is_the_person_not_the_body()
    {
        var result = Extract.From("Deputy Director of the State Administration of Cultural Heritage Liu Weiqiang said the archive was open.");

        Assert.Contains("State Administration of Cultural Heritage", result.Names(EntityKind.Organization));
        Assert.DoesNotContain(result.Names(EntityKind.Organization), n => n.EndsWith("Weiqiang", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_name_that_ends_in_no_body_noun_takes_no_complement()
    {
        var result = Extract.From("Experts gathered for the SCO Forum on Mountain Tourism in Bishkek.");

        Assert.DoesNotContain("SCO Forum on Mountain Tourism", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void An_organ_named_with_its_parent_s_acronym_is_the_organ_named_in_full()
    {
        var result = Extract.From("The Board of the Asian Rail Alliance (ARA) met in Tashkent. The next meeting of the ARA Board will be held in Baku.");

        Assert.Contains("ARA Board", result.Single(EntityKind.Organization, "Board of the Asian Rail Alliance").Aliases);
        Assert.DoesNotContain("ARA Board", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void On_after_the_country_that_closes_a_body_s_name_begins_a_subject()
    {
        var result = Extract.From("They signed the Protocol of the Supreme Court of the Republic of Tajikistan on Cooperation in Training Judges.");

        Assert.Contains("Supreme Court of the Republic of Tajikistan", result.Names(EntityKind.Organization));
    }
}
