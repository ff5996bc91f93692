using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Tests.Search;

/// <summary>The index is derived from LiteDB: whatever happened to it on disk, a restart brings it back in line.</summary>
public sealed class SearchIndexLifecycleTests : IDisposable
{
    private const string SummitSlug = "002_6fc61e669fac360d";
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("sco.db");

    private static async Task<List<string>> SearchAsync(ApiFactory api, string query)
    {
        var data = await api.DataAsync("query($q: String!) { search(query: $q) { nodes { release { slug } } } }", new { q = query });
        return data["search"]!["nodes"]!.AsArray().Select(n => (string)n!["release"]!["slug"]!).ToList();
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start_up()
    {
        await using (var first = new ApiOverDatabase(DatabasePath))
        {
            Assert.Equal(SummitSlug, (await SearchAsync(first, "Moscow Declaration"))[0]);
        }
        Directory.Delete(DatabasePath + ".search", recursive: true);

        await using var second = new ApiOverDatabase(DatabasePath);
        Assert.Equal(SummitSlug, (await SearchAsync(second, "Moscow Declaration"))[0]);
        Assert.Equal(5, (await SearchAsync(second, "SCO")).Count);
    }

    [Fact]
    public async Task A_corrupt_index_folder_is_rebuilt_at_start_up_not_a_crash()
    {
        await using (var first = new ApiOverDatabase(DatabasePath))
        {
            await SearchAsync(first, "summit");
        }
        foreach (var file in Directory.EnumerateFiles(DatabasePath + ".search")) File.WriteAllText(file, "not a Lucene file");

        await using var second = new ApiOverDatabase(DatabasePath);
        Assert.Equal(5, (await SearchAsync(second, "SCO")).Count);
    }

    [Fact]
    public async Task Changes_made_to_LiteDB_behind_the_index_are_found_after_a_restart()
    {
        await using (var first = new ApiOverDatabase(DatabasePath))
        {
            Assert.Empty(await SearchAsync(first, "Quetzalcoatlus"));
        }

        // As if the server had died after LiteDB committed and before the index did.
        var extra = new TempFolder();
        var seed = await File.ReadAllTextAsync(Path.Combine(TestPaths.Seeds, "004_a116f53807da5ab0.txt"));
        await File.WriteAllTextAsync(extra.File("900_out_of_band.txt"), seed.TrimEnd() + "\n\nA fossil Quetzalcoatlus was shown to the delegates.\n");
        using (var store = new LiteDbCorpusStore(DatabasePath))
        {
            await new SeedLoader(store, new ReleaseParser(), new EntityExtractor(), TimeProvider.System).LoadDirectoryAsync(extra.Path);
            Assert.True(await store.DeleteReleaseAsync(SummitSlug));
        }
        extra.Dispose();

        await using var second = new ApiOverDatabase(DatabasePath, seed: false);
        Assert.Equal(["900_out_of_band"], await SearchAsync(second, "Quetzalcoatlus"));
        Assert.Empty(await SearchAsync(second, "\"Moscow Declaration\""));
    }

    [Fact]
    public async Task Deleting_a_release_removes_it_from_search_at_once()
    {
        await using var api = new ApiOverDatabase(DatabasePath);
        Assert.Contains(SummitSlug, await SearchAsync(api, "summit"));

        Assert.True(await api.Services.GetRequiredService<ICorpusStore>().DeleteReleaseAsync(SummitSlug));

        Assert.DoesNotContain(SummitSlug, await SearchAsync(api, "summit"));
        Assert.Empty(await SearchAsync(api, "\"Moscow Declaration\""));
    }

    public void Dispose() => _folder.Dispose();
}
