using System.Text.Json.Nodes;
using ScoGraphQL.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Tests.Mutations;

public sealed class ReleaseMutationTests : IDisposable
{
    private const string Seed = "004_a116f53807da5ab0";
    private const string ReleaseFields = "id slug sourceFile title body paragraphs eventDate publishedAt wordCount alternateTitles { text language } warnings { code } entities { id name }";
    private const string ReleasePayload = $"release {{ {ReleaseFields} }} errors {{ code message ... on ValidationError {{ field }} ... on NotFoundError {{ id }} ... on DuplicateReleaseError {{ existing {{ slug }} }} }}";
    private const string Import = $"mutation($input: ImportReleaseInput!) {{ importRelease(input: $input) {{ {ReleasePayload} }} }}";
    private const string Create = $"mutation($input: CreateReleaseInput!) {{ createRelease(input: $input) {{ {ReleasePayload} }} }}";
    private const string Update = $"mutation($input: UpdateReleaseInput!) {{ updateRelease(input: $input) {{ {ReleasePayload} }} }}";
    private const string Delete = "mutation($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedId errors { code message ... on NotFoundError { id } } } }";

    private readonly MutableApi _api = new();

    public void Dispose() => _api.Dispose();

    private static string SeedText(string slug) => File.ReadAllText(Path.Combine(TestPaths.Seeds, slug + ".txt"));

    private async Task<JsonNode> ReleaseAsync(string slug) =>
        (await _api.DataAsync($"{{ releases(where: {{ slug: {{ eq: \"{slug}\" }} }}) {{ nodes {{ {ReleaseFields} }} }} }}"))["releases"]!["nodes"]![0]!;

    private static string Id(string slug) => GlobalId.Encode("Release", slug);

    [Fact]
    public async Task Import_reads_text_exactly_as_seeding_does()
    {
        var seeded = await ReleaseAsync(Seed);
        await _api.PayloadAsync("deleteRelease", Delete, new { input = new { id = (string)seeded["id"]! } });

        var imported = (await _api.PayloadAsync("importRelease", Import, new { input = new { text = SeedText(Seed), sourceFile = Seed + ".txt" } }))["release"]!;

        Assert.Equal(seeded.ToJsonString(), imported.ToJsonString());
    }

    [Fact]
    public async Task Importing_stored_text_returns_the_existing_release_and_adds_nothing()
    {
        var response = await _api.MutateAsync(Import, new { input = new { text = SeedText(Seed) } });

        var payload = response.Data!["importRelease"]!;
        Assert.Null(payload["release"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("DUPLICATE", (string)error["code"]!);
        Assert.Equal(Seed, (string)error["existing"]!["slug"]!);
        Assert.Equal(5, await _api.ReleaseCountAsync());
    }

    [Fact]
    public async Task Text_that_does_not_parse_is_a_validation_error_on_input_text()
    {
        var response = await _api.MutateAsync(Import, new { input = new { text = "Leave a Reply\n\nCall us" } });

        var error = Assert.Single(response.Data!["importRelease"]!["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "input.text"), ((string)error["code"]!, (string)error["field"]!));
        Assert.Equal(5, await _api.ReleaseCountAsync());
    }

    [Fact]
    public async Task Create_stores_the_fields_and_extracts_entities()
    {
        var release = (await _api.PayloadAsync("createRelease", Create, new
        {
            input = new
            {
                title = "SCO Secretary-General meets students in Tashkent",
                body = "On 12 May 2021, SCO Secretary-General Vladimir Norov met students in Tashkent.\n\nThey discussed the zyzzyva project.",
                alternateTitles = new[] { new { text = "Генеральный секретарь ШОС встретился со студентами", language = "ru" } },
                publishedAt = "2021-05-12T10:00:00Z",
            },
        }))["release"]!;

        Assert.Equal("SCO Secretary-General meets students in Tashkent", (string)release["title"]!);
        Assert.Equal("sco-secretary-general-meets-students-in-tashkent", (string)release["slug"]!);
        Assert.Equal(2, release["paragraphs"]!.AsArray().Count);
        Assert.Equal("2021-05-12T10:00:00Z", ((string)release["publishedAt"]!).Replace(".000", "", StringComparison.Ordinal).Replace("+00:00", "Z", StringComparison.Ordinal));
        Assert.Equal("ru", (string)release["alternateTitles"]![0]!["language"]!);
        Assert.Equal("2021-05-12", (string)release["eventDate"]!);
        Assert.Equal(6, await _api.ReleaseCountAsync());
    }

    [Fact]
    public async Task Create_with_a_taken_slug_is_a_conflict_on_input_slug()
    {
        var response = await _api.MutateAsync(Create, new { input = new { title = "Another headline", body = "Another body.", slug = Seed } });

        var error = Assert.Single(response.Data!["createRelease"]!["errors"]!.AsArray())!;
        Assert.Equal(("CONFLICT", "input.slug"), ((string)error["code"]!, (string)error["field"]!));
        Assert.Equal(5, await _api.ReleaseCountAsync());
    }

    [Fact]
    public async Task The_same_title_twice_gets_two_slugs()
    {
        var first = (await _api.PayloadAsync("createRelease", Create, new { input = new { title = "Same headline", body = "First body." } }))["release"]!;
        var second = (await _api.PayloadAsync("createRelease", Create, new { input = new { title = "Same headline", body = "Second body." } }))["release"]!;

        Assert.Equal("same-headline", (string)first["slug"]!);
        Assert.StartsWith("same-headline-", (string)second["slug"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_body_re_runs_extraction()
    {
        await PlantedReleases.PlantAsync(_api.Services.GetRequiredService<ICorpusStore>());
        var before = await ReleaseAsync(PlantedReleases.B);
        Assert.NotEmpty(before["entities"]!.AsArray());

        var updated = (await _api.PayloadAsync("updateRelease", Update, new { input = new { id = (string)before["id"]!, body = "The delegates met again on 3 June 2021." } }))["release"]!;

        // The planted entities are not what the extractor finds in the new body: extraction ran again.
        Assert.Equal(new EntityExtractor().Extract(new ReleaseParser().Parse("Vladimir Norov speaks\n\nThe delegates met again on 3 June 2021.")).Entities.Count, updated["entities"]!.AsArray().Count);
        Assert.Equal((string)before["title"]!, (string)updated["title"]!);
        Assert.Equal("2021-06-03", (string)updated["eventDate"]!);
    }

    [Fact]
    public async Task Changing_only_the_publication_time_keeps_the_text_warnings_and_entities()
    {
        await PlantedReleases.PlantAsync(_api.Services.GetRequiredService<ICorpusStore>());
        var before = await ReleaseAsync(PlantedReleases.A);
        Assert.NotEmpty(before["entities"]!.AsArray());

        var updated = (await _api.PayloadAsync("updateRelease", Update, new { input = new { id = (string)before["id"]!, publishedAt = "2020-03-11T08:00:00Z" } }))["release"]!;

        Assert.StartsWith("2020-03-11T08:00:00", (string)updated["publishedAt"]!, StringComparison.Ordinal);
        foreach (var field in new[] { "title", "body", "paragraphs", "warnings", "entities", "alternateTitles", "sourceFile" })
            Assert.Equal(before[field]!.ToJsonString(), updated[field]!.ToJsonString());
    }

    [Fact]
    public async Task Updating_to_the_text_of_another_release_is_a_duplicate()
    {
        var other = await ReleaseAsync("000_05fdf4034ddeb5e3");
        var target = await ReleaseAsync(Seed);

        var response = await _api.MutateAsync(Update, new { input = new { id = (string)target["id"]!, title = (string)other["title"]!, body = (string)other["body"]! } });

        var error = Assert.Single(response.Data!["updateRelease"]!["errors"]!.AsArray())!;
        Assert.Equal(("DUPLICATE", "000_05fdf4034ddeb5e3"), ((string)error["code"]!, (string)error["existing"]!["slug"]!));
        Assert.Equal(target.ToJsonString(), (await ReleaseAsync(Seed)).ToJsonString());
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_release_is_not_found()
    {
        var id = Id("no-such-release");

        var update = await _api.MutateAsync(Update, new { input = new { id, title = "New" } });
        var delete = await _api.MutateAsync(Delete, new { input = new { id } });

        foreach (var payload in new[] { update.Data!["updateRelease"]!, delete.Data!["deleteRelease"]! })
        {
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal(("NOT_FOUND", id), ((string)error["code"]!, (string)error["id"]!));
        }
    }

    [Fact]
    public async Task Delete_removes_the_release_its_mentions_and_entities_nobody_else_mentions()
    {
        await PlantedReleases.PlantAsync(_api.Services.GetRequiredService<ICorpusStore>());
        var release = await ReleaseAsync(PlantedReleases.A);
        var entityIds = release["entities"]!.AsArray().Select(e => (string)e!["id"]!).ToList();
        var survivors = (await _api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { releases { totalCount } } } }", new { ids = entityIds }))["nodes"]!
            .AsArray().Where(n => (int)n!["releases"]!["totalCount"]! > 1).Select(n => (string)n!["id"]!).ToList();

        var payload = await _api.PayloadAsync("deleteRelease", Delete, new { input = new { id = (string)release["id"]! } });

        Assert.Equal((string)release["id"]!, (string)payload["deletedId"]!);
        Assert.Equal(6, await _api.ReleaseCountAsync());
        var after = (await _api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { mentions { nodes { release { slug } } } } } }", new { ids = entityIds }))["nodes"]!.AsArray();
        Assert.Equal(survivors.Order(), after.Where(n => n is not null).Select(n => (string)n!["id"]!).Order());
        Assert.DoesNotContain(after.Where(n => n is not null).SelectMany(n => n!["mentions"]!["nodes"]!.AsArray()), m => (string)m!["release"]!["slug"]! == PlantedReleases.A);
        Assert.NotEmpty(survivors);
        Assert.True(survivors.Count < entityIds.Count);
    }
}
