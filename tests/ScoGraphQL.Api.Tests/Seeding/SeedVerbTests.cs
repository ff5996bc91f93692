using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Bench.Common;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Tests.Seeding;

/// <summary>The <c>seed</c> verb as an operator runs it: the built Api in its own process, then the files it left.</summary>
public sealed class SeedVerbTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task After_the_seed_verb_the_search_index_records_the_store_version_so_the_next_start_skips_the_full_check()
    {
        var database = _folder.File("sco.db");

        var (exitCode, output) = await RunSeedVerbAsync(database, TestPaths.Seeds);

        Assert.True(exitCode == 0, output);
        Assert.False(File.Exists(_folder.File("sco-log.db")), "the verb closes the database, which empties its log into it");
        using var store = new LiteDbCorpusStore(database);
        using var index = new LuceneSearchIndex(database + ".search");
        Assert.True(index.DocumentCount == 5, $"{index.DocumentCount} documents in {database}.search ({string.Join(", ", Directory.GetFiles(database + ".search").Select(Path.GetFileName))}); {output}");
        Assert.Equal(store.ReleasesVersion.ToString(), index.CorpusVersion);
        using var indexing = new IndexingCorpusStore(store, index);
        Assert.Equal(new SyncReport(Missing: 0, Changed: 0, Removed: 0, Unchanged: 5, Recreated: false), await indexing.SynchronizeIndexAsync());
    }

    private static async Task<(int ExitCode, string Output)> RunSeedVerbAsync(string database, string from)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        using var process = ApiVerb.Start(configuration, new Dictionary<string, string> { ["Storage:Path"] = database }, "seed", "--from", from);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => _folder.Dispose();
}
