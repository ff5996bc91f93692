namespace ScoGraphQL.Bench.Load;

/// <summary>One LiteDB file (with its Lucene folder) per corpus, in bench/.data/load-{size}-seed{seed}.</summary>
public sealed class LiteDbCorpusStorage(LoadOptions options) : CorpusStorage(options)
{
    private const string CompleteMarker = "seeded";

    public override string Name => "LiteDB";

    public override Task<long> BytesAsync(CorpusDatabase database, CancellationToken cancellationToken = default)
    {
        // The file and everything beside it that belongs to it (its log, the search index).
        var folder = new DirectoryInfo(Path.GetDirectoryName(database.Location)!);
        return Task.FromResult(folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length));
    }

    protected override async Task<CorpusDatabase?> FindSeededAsync(int size, int seed, CancellationToken cancellationToken)
    {
        var database = At(size, seed, seedingTime: null);
        var marker = Path.Combine(Folder(size, seed), CompleteMarker);
        if (!File.Exists(marker) || !File.Exists(database.Location)) return null;
        return database with { SeedingTime = SeedingRecord.TryParse(await File.ReadAllTextAsync(marker, cancellationToken))?.SeedingTime };
    }

    protected override Task<CorpusDatabase> CreateEmptyAsync(int size, int seed, CancellationToken cancellationToken)
    {
        var folder = Folder(size, seed);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return Task.FromResult(At(size, seed, seedingTime: null));
    }

    protected override Task MarkSeededAsync(CorpusDatabase database, string marker, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(Folder(database.Size, database.Seed), CompleteMarker), marker + "\n", cancellationToken);

    private string Folder(int size, int seed) => Path.Combine(Options.CacheDirectory, $"load-{size}-seed{seed}");

    private CorpusDatabase At(int size, int seed, TimeSpan? seedingTime)
    {
        var path = Path.Combine(Folder(size, seed), "sco.db");
        return new CorpusDatabase(size, seed, path, new Dictionary<string, string> { ["Storage:Path"] = path }, seedingTime);
    }
}
