using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// Folds several descriptions of one entity (one per release, in release order) into one: the most frequent
/// name wins, every other surface form becomes an alias, and facts are taken from the first description
/// that states them. Deterministic, so re-seeding yields the same entity.
/// </summary>
public static class EntityMerger
{
    public static EntityRecord Merge(string id, IReadOnlyList<EntityRecord> descriptions)
    {
        if (descriptions.Count == 0) throw new ArgumentException("An entity needs at least one description.", nameof(descriptions));
        var name = descriptions
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        return new EntityRecord
        {
            Id = id,
            Kind = descriptions[0].Kind,
            Name = name,
            Aliases = Distinct(descriptions.SelectMany(d => d.Aliases.Prepend(d.Name))).Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).ToList(),
            Acronyms = Distinct(descriptions.SelectMany(d => d.Acronyms)).ToList(),
            ParentId = First(descriptions, d => d.ParentId),
            IsoCode = First(descriptions, d => d.IsoCode),
            CountryId = First(descriptions, d => d.CountryId),
            StartDate = descriptions.FirstOrDefault(d => d.StartDate is not null)?.StartDate,
            StartDatePrecision = descriptions.FirstOrDefault(d => d.StartDate is not null)?.StartDatePrecision,
            EndDate = descriptions.FirstOrDefault(d => d.EndDate is not null)?.EndDate,
            EndDatePrecision = descriptions.FirstOrDefault(d => d.EndDate is not null)?.EndDatePrecision,
            PlaceId = First(descriptions, d => d.PlaceId),
            Format = descriptions.Select(d => d.Format).FirstOrDefault(f => f != default),
            ParticipantIds = Distinct(descriptions.SelectMany(d => d.ParticipantIds)).ToList(),
            DocumentIds = Distinct(descriptions.SelectMany(d => d.DocumentIds)).ToList(),
            DocumentKind = descriptions.Select(d => d.DocumentKind).FirstOrDefault(k => k is not null),
            Number = First(descriptions, d => d.Number),
            Date = descriptions.FirstOrDefault(d => d.Date is not null)?.Date,
            DatePrecision = descriptions.FirstOrDefault(d => d.Date is not null)?.DatePrecision,
            AdoptedAtId = First(descriptions, d => d.AdoptedAtId),
        };
    }

    private static string? First(IEnumerable<EntityRecord> descriptions, Func<EntityRecord, string?> pick) =>
        descriptions.Select(pick).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static IEnumerable<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase);
}
