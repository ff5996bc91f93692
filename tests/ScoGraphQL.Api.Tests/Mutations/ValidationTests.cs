using System.Text.Json.Nodes;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Mutations;

/// <summary>Each input rule: a ValidationError on the field's path, code VALIDATION, and nothing written.</summary>
public sealed class ValidationTests(ValidationTests.Api api) : IClassFixture<ValidationTests.Api>
{
    /// <summary>One server for the class: a refused mutation writes nothing, so tests cannot disturb each other.</summary>
    public sealed class Api() : MutableApi;

    private static readonly string Release = GlobalId.Encode("Release", "004_a116f53807da5ab0");
    private static readonly string Person = GlobalId.Encode("Person", "person:vladimir-norov");
    private static readonly string OtherPerson = GlobalId.Encode("Person", "person:v-norov");
    private static readonly string Country = GlobalId.Encode("Country", "country:uzbekistan");

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["importRelease"] = "ImportReleaseInput",
        ["createRelease"] = "CreateReleaseInput",
        ["updateRelease"] = "UpdateReleaseInput",
        ["deleteRelease"] = "DeleteReleaseInput",
        ["updateEntity"] = "UpdateEntityInput",
        ["mergeEntities"] = "MergeEntitiesInput",
    };

    private async Task<List<(string Field, string Code, string Message)>> ErrorsAsync(string mutation, object input)
    {
        var query = $"mutation($input: {Inputs[mutation]}!) {{ {mutation}(input: $input) {{ errors {{ code message ... on ValidationError {{ field }} }} }} }}";
        var (releases, entities) = (await api.ReleaseCountAsync(), await api.EntityCountAsync());
        var response = await api.MutateAsync(query, new { input });
        Assert.True(response.Errors is null, response.Errors?.ToJsonString());
        Assert.Equal((releases, entities), (await api.ReleaseCountAsync(), await api.EntityCountAsync()));
        return response.Data![mutation]!["errors"]!.AsArray()
            .Select(e => ((string?)e!["field"] ?? "", (string)e["code"]!, (string)e["message"]!)).ToList();
    }

    private async Task AssertRejectedAsync(string mutation, object input, string field)
    {
        var errors = await ErrorsAsync(mutation, input);
        Assert.Contains(errors, e => e.Field == field && e.Code == "VALIDATION" && e.Message.Length > 0);
    }

    public static TheoryData<string, string, string> Cases() => new()
    {
        // mutation, input as JSON, field at fault
        { "createRelease", """{"title": "", "body": "Body."}""", "input.title" },
        { "createRelease", """{"title": "   ", "body": "Body."}""", "input.title" },
        { "createRelease", $$"""{"title": "{{new string('t', 501)}}", "body": "Body."}""", "input.title" },
        { "createRelease", """{"title": "Two\nlines", "body": "Body."}""", "input.title" },
        { "createRelease", """{"title": "Title", "body": ""}""", "input.body" },
        { "createRelease", $$"""{"title": "Title", "body": "{{new string('b', 200_001)}}"}""", "input.body" },
        { "createRelease", """{"title": "Title", "body": "Body.", "publishedAt": "1989-12-31T23:59:59Z"}""", "input.publishedAt" },
        { "createRelease", """{"title": "Title", "body": "Body.", "publishedAt": "2999-01-01T00:00:00Z"}""", "input.publishedAt" },
        { "createRelease", """{"title": "Title", "body": "Body.", "slug": "Not A Slug"}""", "input.slug" },
        { "createRelease", """{"title": "Title", "body": "Body.", "slug": ""}""", "input.slug" },
        { "createRelease", """{"title": "Title", "body": "Body.", "alternateTitles": [{"text": "Заголовок", "language": "russian!"}]}""", "input.alternateTitles[0].language" },
        { "createRelease", """{"title": "Title", "body": "Body.", "alternateTitles": [{"text": "", "language": "ru"}]}""", "input.alternateTitles[0].text" },
        { "createRelease", $$"""{"title": "Title", "body": "Body.", "alternateTitles": [{{string.Join(", ", Enumerable.Range(0, 21).Select(i => $$"""{"text": "T{{i}}", "language": "en"}"""))}}]}""", "input.alternateTitles" },
        { "importRelease", """{"text": "  \n "}""", "input.text" },
        { "importRelease", $$"""{"text": "Title\n\n{{new string('b', 210_001)}}"}""", "input.text" },
        { "importRelease", """{"text": "Title\n\nBody.", "sourceFile": "../etc/passwd"}""", "input.sourceFile" },
        { "updateRelease", $$"""{"id": "{{Person}}", "title": "New"}""", "input.id" },
        { "updateRelease", """{"id": "not-an-id", "title": "New"}""", "input.id" },
        { "updateRelease", $$"""{"id": "{{Release}}", "title": ""}""", "input.title" },
        { "updateRelease", $$"""{"id": "{{Release}}", "body": ""}""", "input.body" },
        { "updateRelease", $$"""{"id": "{{Release}}", "publishedAt": "1970-01-01T00:00:00Z"}""", "input.publishedAt" },
        { "updateRelease", $$"""{"id": "{{Release}}", "alternateTitles": [{"text": "T", "language": "e"}]}""", "input.alternateTitles[0].language" },
        { "deleteRelease", $$"""{"id": "{{Person}}"}""", "input.id" },
        { "updateEntity", $$"""{"id": "{{Release}}", "name": "Name"}""", "input.id" },
        { "updateEntity", $$"""{"id": "{{GlobalId.Encode("Person", "country:uzbekistan")}}", "name": "Name"}""", "input.id" },
        { "updateEntity", $$"""{"id": "{{Person}}"}""", "input.name" },
        { "updateEntity", $$"""{"id": "{{Person}}", "name": " "}""", "input.name" },
        { "updateEntity", $$"""{"id": "{{Person}}", "name": "{{new string('n', 301)}}"}""", "input.name" },
        { "updateEntity", $$"""{"id": "{{Person}}", "aliases": ["Norov", "NOROV"]}""", "input.aliases" },
        { "updateEntity", $$"""{"id": "{{Person}}", "aliases": [""]}""", "input.aliases[0]" },
        { "mergeEntities", $$"""{"targetId": "{{Release}}", "sourceIds": ["{{Person}}"]}""", "input.targetId" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": []}""", "input.sourceIds" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": ["{{Person}}"]}""", "input.sourceIds[0]" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": ["{{OtherPerson}}", "{{Country}}"]}""", "input.sourceIds[1]" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": ["{{OtherPerson}}", "{{OtherPerson}}"]}""", "input.sourceIds" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": ["{{Release}}"]}""", "input.sourceIds[0]" },
        { "mergeEntities", $$"""{"targetId": "{{Person}}", "sourceIds": [{{string.Join(", ", Enumerable.Range(0, 51).Select(i => $"\"{GlobalId.Encode("Person", $"person:p{i}")}\""))}}]}""", "input.sourceIds" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_rule_is_a_validation_error_on_its_field_and_nothing_is_written(string mutation, string input, string field) =>
        await AssertRejectedAsync(mutation, JsonNode.Parse(input)!, field);

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once()
    {
        var errors = await ErrorsAsync("createRelease", JsonNode.Parse("""
            {"title": "", "body": "", "slug": "Bad Slug", "publishedAt": "1900-01-01T00:00:00Z", "alternateTitles": [{"text": "x", "language": "?"}]}
            """)!);

        Assert.Equal(
            ["input.alternateTitles[0].language", "input.body", "input.publishedAt", "input.slug", "input.title"],
            errors.Select(e => e.Field).Distinct().Order(StringComparer.Ordinal));
    }
}
