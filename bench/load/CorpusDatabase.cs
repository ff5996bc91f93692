namespace ScoGraphQL.Bench.Load;

/// <summary>
/// The synthetic corpus of one (size, seed), seeded into a store and kept there so later runs start at once:
/// seeding 100,000 releases takes far longer than measuring them.
/// </summary>
/// <param name="Location">The LiteDB file, or the PostgreSQL database's name.</param>
/// <param name="StorageSettings">The API configuration that points a server at it ("Storage:Path", or provider and connection string).</param>
/// <param name="SeedingTime">How long the <c>seed</c> verb took when it was seeded; null for a cache older than this record.</param>
public sealed record CorpusDatabase(int Size, int Seed, string Location, IReadOnlyDictionary<string, string> StorageSettings, TimeSpan? SeedingTime)
{
    /// <summary>The ingest figure: releases parsed, extracted and stored per second by the seed verb.</summary>
    public double? SeedingReleasesPerSecond => SeedingTime is { TotalSeconds: > 0 } time ? Size / time.TotalSeconds : null;
}
