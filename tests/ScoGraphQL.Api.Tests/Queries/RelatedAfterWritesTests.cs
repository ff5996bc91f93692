using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>
/// <c>related</c> is read from lists the store keeps per entity: a release added or deleted through the API must
/// change them at once, as counting from the releases would.
/// </summary>
public sealed class RelatedAfterWritesTests : IDisposable
{
    private const string NorovsPlaces =
        "{ people(where: { name: { eq: \"Vladimir Norov\" } }) { nodes { related(first: 500, kinds: [PLACE]) { sharedReleases entity { name } } } } }";

    private readonly MutableApi _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonArray> NorovsPlacesAsync() =>
        (await _api.DataAsync(NorovsPlaces))["people"]!["nodes"]![0]!["related"]!.AsArray();

    private static int? SharedWith(JsonArray related, string name) =>
        related.Where(r => (string?)r!["entity"]!["name"] == name).Select(r => (int?)(int)r!["sharedReleases"]!).SingleOrDefault();

    [Fact]
    public async Task A_new_release_adds_its_co_mentions_and_deleting_it_removes_them()
    {
        Assert.Null(SharedWith(await NorovsPlacesAsync(), "Oslo"));

        var created = await _api.PayloadAsync("createRelease", "mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } errors { code } } }", new
        {
            input = new
            {
                title = "SCO Secretary-General visits Oslo",
                body = "On 3 June 2021, SCO Secretary-General Vladimir Norov met students in Oslo.",
            },
        });
        var afterCreate = await NorovsPlacesAsync();

        await _api.PayloadAsync("deleteRelease", "mutation($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedId errors { code } } }",
            new { input = new { id = (string)created["release"]!["id"]! } });
        var afterDelete = await NorovsPlacesAsync();

        Assert.Equal(1, SharedWith(afterCreate, "Oslo"));
        Assert.Null(SharedWith(afterDelete, "Oslo"));
    }
}
