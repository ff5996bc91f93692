using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>
/// A release list reads only the parts of each record its selection needs (a title list reads no bodies). Whatever
/// it asks for, it must answer exactly as the release itself does when fetched whole by its id.
/// </summary>
public sealed class ReleaseListPartsTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string AllFields =
        "id slug sourceFile title alternateTitles { text language } publishedAt eventDate body paragraphs wordCount " +
        "entities { id } mentions(first: 3) { totalCount nodes { text } } people { id } organizations { id } countries { id } " +
        "places { id } events { id } documents { id } topics { id } warnings { code message paragraph text }";

    [Theory]
    [InlineData("id title")]
    [InlineData("slug publishedAt eventDate wordCount sourceFile")]
    [InlineData("body")]
    [InlineData("paragraphs")]
    [InlineData("alternateTitles { text language }")]
    [InlineData("warnings { code message paragraph text }")]
    [InlineData("entities { id }")]
    [InlineData("people { id } organizations { id } countries { id } places { id } events { id } documents { id } topics { id }")]
    [InlineData("mentions(first: 3) { totalCount nodes { text } }")]
    [InlineData(AllFields)]
    public async Task A_list_answers_each_field_as_the_release_fetched_by_id_does(string fields)
    {
        var listed = await ListedAsync($"{{ releases(first: 5) {{ nodes {{ {fields} }} }} }}", r => r["nodes"]!);
        var byId = await ByIdAsync(fields);

        Assert.Equal(byId.ToJsonString(), listed.ToJsonString());
    }

    [Fact]
    public async Task A_list_field_written_twice_reads_what_both_selections_ask_for()
    {
        // GraphQL merges the two into one field; the second selection alone asks for the body.
        var data = await api.DataAsync("{ releases(first: 5) { nodes { id } } releases(first: 5) { nodes { body } } }");
        var byId = await ByIdAsync("id body");

        Assert.Equal(byId.ToJsonString(), data["releases"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Fields_reached_through_edges_and_fragments_are_read_too()
    {
        const string query = """
            query { releases(first: 5) { ...Page } }
            fragment Page on ReleaseConnection { totalCount edges { cursor node { ... on Release { title } ...Text } } }
            fragment Text on Release { body paragraphs people { id } }
            """;
        var listed = await ListedAsync(query, r => new JsonArray(r["edges"]!.AsArray().Select(e => e!["node"]!.DeepClone()).ToArray()));
        var byId = await ByIdAsync("title body paragraphs people { id }");

        Assert.Equal(byId.ToJsonString(), listed.ToJsonString());
        Assert.All(listed.AsArray(), release => Assert.NotEqual("", (string?)release!["body"]));
    }

    private async Task<JsonNode> ListedAsync(string query, Func<JsonNode, JsonNode> nodes) =>
        nodes((await api.DataAsync(query))["releases"]!);

    /// <summary>The first five releases fetched whole by id (the node loader), with the same selection.</summary>
    private async Task<JsonNode> ByIdAsync(string fields)
    {
        var ids = (await api.DataAsync("{ releases(first: 5) { nodes { id } } }"))["releases"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        return (await api.DataAsync($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on Release {{ {fields} }} }} }}", new { ids }))["nodes"]!;
    }
}
