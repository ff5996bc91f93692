namespace ScoGraphQL.Storage.Seeding;

/// <summary>What a seeding run did. A file in <see cref="Failed"/> was skipped with a reason; the others were still loaded.</summary>
public sealed record SeedReport(int Added, int Updated, int Unchanged, IReadOnlyList<SeedFailure> Failed)
{
    public SeedTimings Timings { get; init; } = SeedTimings.None;

    public int Total => Added + Updated + Unchanged + Failed.Count;

    public override string ToString() =>
        $"{Total} files: {Added} added, {Updated} updated, {Unchanged} unchanged, {Failed.Count} skipped";
}

public sealed record SeedFailure(string File, string Reason);
