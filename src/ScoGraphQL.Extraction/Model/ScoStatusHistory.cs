using ScoGraphQL.Extraction.Knowledge;

namespace ScoGraphQL.Extraction.Model;

/// <summary>
/// SCO membership, observer and dialogue-partner history by date (curated: Knowledge/sco-status.json).
/// Pure lookup, so the API can answer <c>scoStatus(on:)</c> for any date without storing it per country.
/// </summary>
public static class ScoStatusHistory
{
    /// <summary>Status of the country with ISO 3166-1 alpha-2 <paramref name="isoCode"/> on <paramref name="date"/>.</summary>
    public static ScoStatus On(string? isoCode, DateOnly date)
    {
        if (string.IsNullOrEmpty(isoCode)) return ScoStatus.None;
        var best = ScoStatus.None;
        foreach (var period in KnowledgeBase.Instance.ScoStatusPeriods)
        {
            if (!period.IsoCode.Equals(isoCode, StringComparison.OrdinalIgnoreCase)) continue;
            if (date < period.From || (period.Until is { } until && date >= until)) continue;
            if (period.Status > best) best = period.Status;
        }
        return best;
    }
}
