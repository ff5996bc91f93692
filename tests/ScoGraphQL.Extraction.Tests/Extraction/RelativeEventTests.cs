using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Events dated "next year" or "last year" and events named after their city (misses found on unseen releases).</summary>
public sealed class RelativeEventTests
{
    private static ExtractedEntity EventIn(ExtractionResult result, string city) =>
        Assert.Single(result.Entities, e => e.Kind == EntityKind.Event && e.PlaceKey == EntityKeys.For(EntityKind.Place, city));

    [Fact]
    public void A_meeting_held_in_a_city_next_year_is_dated_the_year_after_the_release()
    {
        var result = Extract.From("On 10 May 2024, the SCO Energy Club held a conference. The next meeting of the SCO Energy Club will take place in Almaty next year.");

        Assert.Equal(PartialDate.Year(2025), EventIn(result, "Almaty").StartDate);
    }

    [Fact]
    public void A_summit_named_after_its_city_took_place_there()
    {
        var result = Extract.From("On 20 June 2024, the SCO Secretariat held a reception in Beijing. The guests recalled the Astana summit held last year.");

        Assert.Equal(PartialDate.Year(2023), EventIn(result, "Astana").StartDate);
    }
}
