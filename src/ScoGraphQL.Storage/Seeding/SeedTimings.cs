namespace ScoGraphQL.Storage.Seeding;

/// <summary>
/// Where a seeding run spent its time, stage by stage: reading files, parsing, extracting (with mapping to records),
/// store calls (lookups and batch saves, through whatever decorates the store, such as the search index) and
/// finishing the bulk load (entity recomputation).
/// </summary>
public sealed record SeedTimings(TimeSpan Read, TimeSpan Parse, TimeSpan Extract, TimeSpan Store, TimeSpan Finish)
{
    public static SeedTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => Read + Parse + Extract + Store + Finish;
}
