using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Seeding;

public sealed class ConfiguredSeedFolderTests
{
    private sealed class TwoReleaseApi(string seeds) : ApiFactory
    {
        public override string SeedPath => seeds;
    }

    [Fact]
    public async Task The_server_seeds_whatever_folder_Seed_Path_names()
    {
        using var corpus = CorpusFolder.Variations(2);
        await using var api = new TwoReleaseApi(corpus.Path);

        var data = await api.DataAsync("{ releases(first: 10) { totalCount nodes { id slug title } } }");

        Assert.Equal(2, (int)data["releases"]!["totalCount"]!);
        Assert.Equal("copy_0000", (string?)data["releases"]!["nodes"]![0]!["slug"]);
    }
}
