using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>Storage calls grow with the depth of a query, never with the number of items it returns.</summary>
public sealed class BatchingTests : IClassFixture<BatchingTests.FiftyReleaseApi>
{
    public sealed class FiftyReleaseApi : ApiFactory
    {
        private readonly TempFolder _corpus = CorpusFolder.Variations(50);

        public override string SeedPath => _corpus.Path;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) _corpus.Dispose();
        }
    }

    private readonly FiftyReleaseApi _api;

    public BatchingTests(FiftyReleaseApi api) => _api = api;

    private const string NestedQuery = """
        query($n: Int) {
          releases(first: $n) {
            nodes {
              title
              people { name roles { title organization { name } country { name } release { slug } } releases(first: 2) { totalCount nodes { slug } } }
              organizations { name parent { name } children { name } }
              events { name place { name } participants { name } documents { name } }
              mentions(first: 5) { nodes { text entity { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Five_and_fifty_releases_with_people_roles_and_organisations_cost_the_same_storage_calls()
    {
        var five = await _api.PostAsync(NestedQuery, new { n = 5 });
        var fifty = await _api.PostAsync(NestedQuery, new { n = 50 });

        Assert.Null(five.Errors);
        Assert.Null(fifty.Errors);
        Assert.Equal(50, fifty.Data!["releases"]!["nodes"]!.AsArray().Count);
        var fiveCalls = (int)five.Body!["extensions"]!["stats"]!["storageCalls"]!;
        var fiftyCalls = (int)fifty.Body!["extensions"]!["stats"]!["storageCalls"]!;
        Assert.Equal(fiveCalls, fiftyCalls);
        Assert.InRange(fiftyCalls, 1, 15);
    }
}
