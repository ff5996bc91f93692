using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

public sealed class ReleasePagingTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Paging_forward_two_at_a_time_yields_every_release_once()
    {
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var data = await api.DataAsync(
                "query($after: String) { releases(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }",
                new { after });
            var releases = data["releases"]!;
            seen.AddRange(releases["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            if (!(bool)releases["pageInfo"]!["hasNextPage"]!) break;
            after = (string?)releases["pageInfo"]!["endCursor"];
        }

        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Paging_backward_yields_every_release_once_in_the_same_order()
    {
        var forward = (await api.DataAsync("{ releases(first: 50) { nodes { slug } } }"))["releases"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var data = await api.DataAsync(
                "query($before: String) { releases(last: 2, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { slug } } }",
                new { before });
            var releases = data["releases"]!;
            backward.InsertRange(0, releases["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            if (!(bool)releases["pageInfo"]!["hasPreviousPage"]!) break;
            before = (string?)releases["pageInfo"]!["startCursor"];
        }

        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Edges_carry_cursors_and_the_same_nodes()
    {
        var releases = (await api.DataAsync("{ releases(first: 3) { edges { cursor node { slug } } nodes { slug } } }"))["releases"]!;

        var edges = releases["edges"]!.AsArray();
        Assert.Equal(3, edges.Count);
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty((string?)e!["cursor"])));
        Assert.Equal(releases["nodes"]!.AsArray().Select(n => (string?)n!["slug"]), edges.Select(e => (string?)e!["node"]!["slug"]));
    }

    [Theory]
    [InlineData("first: 501", "first")]
    [InlineData("first: -1", "first")]
    [InlineData("last: 1000", "last")]
    [InlineData("after: \"garbage\"", "after")]
    public async Task Out_of_bounds_paging_is_a_clear_error_naming_the_argument(string arguments, string argument)
    {
        var response = await api.PostAsync($"{{ releases({arguments}) {{ totalCount }} }}");

        var error = response.Errors![0]!;
        Assert.Contains($"'{argument}'", (string?)error["message"]);
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Node_resolves_a_release_by_its_global_id()
    {
        var first = (await api.DataAsync("{ releases(first: 1) { nodes { id slug } } }"))["releases"]!["nodes"]![0]!;

        var node = (await api.DataAsync("query($id: ID!) { node(id: $id) { id ... on Release { slug } } }", new { id = (string)first["id"]! }))["node"]!;

        Assert.Equal((string?)first["slug"], (string?)node["slug"]);
    }

    [Fact]
    public async Task Unknown_id_is_null_and_malformed_id_is_null_with_an_error()
    {
        var unknown = await api.PostAsync("{ node(id: \"UmVsZWFzZTpub3BlCg\") { id } }");
        var malformed = await api.PostAsync("{ node(id: \"%%%\") { id } }");

        Assert.Null(unknown.Errors);
        Assert.Null(unknown.Data!["node"]);
        Assert.Null(malformed.Data!["node"]);
        Assert.Contains("not a valid ID", (string?)malformed.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_and_nulls_of_the_ids_given()
    {
        var ids = (await api.DataAsync("{ releases(first: 2) { nodes { id } } }"))["releases"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();

        var nodes = (await api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { ids[1], "UmVsZWFzZTpub3Bl", ids[0] } }))["nodes"]!.AsArray();

        Assert.Equal(ids[1], (string?)nodes[0]!["id"]);
        Assert.Null(nodes[1]);
        Assert.Equal(ids[0], (string?)nodes[2]!["id"]);
    }

    [Fact]
    public async Task Release_scalar_fields_come_back_clean()
    {
        var release = (await api.DataAsync("""{ releases(where: { slug: { eq: "004_a116f53807da5ab0" } }) { nodes { sourceFile body paragraphs wordCount publishedAt } } }"""))["releases"]!["nodes"]![0]!;

        Assert.Equal("004_a116f53807da5ab0.txt", (string?)release["sourceFile"]);
        Assert.DoesNotContain("\u00a0", (string?)release["body"]);
        Assert.True((int)release["wordCount"]! > 100);
        Assert.Equal(string.Join("\n\n", release["paragraphs"]!.AsArray().Select(p => (string?)p)), (string?)release["body"]);
    }
}
