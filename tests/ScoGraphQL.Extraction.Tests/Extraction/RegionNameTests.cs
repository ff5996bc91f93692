using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Regions the gazetteer lacks: hyphenated names before a suffix, names before a lower-case plural suffix, and "St Petersburg".</summary>
public sealed class RegionNameTests
{
    [Fact]
    public void A_hyphenated_name_before_a_region_suffix_is_one_region()
    {
        var result = Extract.From("The drills were held in the Ak-Suu Region of the Kyrgyz Republic.");

        Assert.Contains("Ak-Suu Region", result.Names(EntityKind.Place));
    }

    [Fact]
    public void A_hyphenated_name_before_a_lower_case_region_is_one_region_but_an_adjective_is_not()
    {
        var result = Extract.From("He spoke about the lakes of the Ala-Buka region and the growth of the Eurasian region.");

        Assert.Contains("Ala-Buka region", result.Names(EntityKind.Place));
        Assert.DoesNotContain("Eurasian region", result.Names(EntityKind.Place));
    }

    [Fact]
    public void Seas_gulfs_oceans_and_ports_are_places_and_a_country_adjective_inside_them_is_no_country()
    {
        var result = Extract.From("The new shipping line links the port of Gwadar with the Black Sea, the Indian Ocean and the Persian Gulf.");

        var places = result.Names(EntityKind.Place).ToList();
        Assert.Contains("Gwadar", places);
        Assert.Contains("Black Sea", places);
        Assert.Contains("Indian Ocean", places);
        Assert.Contains("Persian Gulf", places);
        Assert.DoesNotContain("India", result.Names(EntityKind.Country));
    }

    [Fact]
    public void An_autonomous_region_is_one_place()
    {
        var result = Extract.From("The mountain rescue drill took place in the Gorno-Badakhshan Autonomous Region last week.");

        Assert.Contains("Gorno-Badakhshan Autonomous Region", result.Names(EntityKind.Place));
    }

    [Fact]
    public void A_name_before_krai_is_a_region()
    {
        var result = Extract.From("The observers visited polling stations in the Republic of Buryatia and Zabaykalsky Krai.");

        Assert.Contains("Zabaykalsky Krai", result.Names(EntityKind.Place));
    }

    [Fact]
    public void Names_joined_by_and_before_a_plural_regions_are_each_a_region()
    {
        var result = Extract.From("The company builds wind farms in the Tortkol and Sarybel regions.");

        Assert.Contains("Tortkol", result.Names(EntityKind.Place));
        Assert.Contains("Sarybel", result.Names(EntityKind.Place));
    }

    [Fact]
    public void St_Petersburg_is_Saint_Petersburg()
    {
        var result = Extract.From("The agreement was signed in St Petersburg.");

        var city = Assert.Single(result.Entities, e => e.Kind == EntityKind.Place);
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Russia"), city.CountryKey);
    }

    [Fact]
    public void A_saint_city_answers_to_its_abbreviated_spellings()
    {
        var result = Extract.From("The delegates travelled on to Saint Petersburg for the film week.");

        var place = result.Single(EntityKind.Place, "Saint Petersburg");
        Assert.Contains("St Petersburg", place.Aliases);
    }

    [Fact]
    public void An_abbreviated_saint_city_is_the_same_place()
    {
        var result = Extract.From("The delegates travelled on to St Petersburg for the film week.");

        Assert.Contains("Saint Petersburg", result.Names(EntityKind.Place));
    }

    [Fact]
    public void A_lake_is_a_place_of_no_country()
    {
        var result = Extract.From("The volunteers cleaned the shore of Lake Issyk-Kul in June.");

        Assert.Contains("Lake Issyk-Kul", result.Names(EntityKind.Place));
    }

    [Fact]
    public void A_region_known_by_its_short_name_takes_its_full_name()
    {
        var result = Extract.From("Cotton growers from Xinjiang showed their harvest machinery.");

        var place = result.Single(EntityKind.Place, "Xinjiang Uygur Autonomous Region");
        Assert.Contains("Xinjiang", place.Aliases);
    }
}
