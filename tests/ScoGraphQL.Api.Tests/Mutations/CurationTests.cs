using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage;
using static ScoGraphQL.Api.Tests.Infrastructure.PlantedReleases;

namespace ScoGraphQL.Api.Tests.Mutations;

/// <summary>updateEntity and mergeEntities over planted releases, and that both survive re-extraction and re-seeding.</summary>
public sealed class CurationTests : IAsyncLifetime
{
    private const string EntityPayload = "entity { id name aliases mentionCount } errors { code message ... on ValidationError { field } ... on NotFoundError { id } }";
    private const string UpdateEntity = $"mutation($input: UpdateEntityInput!) {{ updateEntity(input: $input) {{ {EntityPayload} }} }}";
    private const string MergeEntities = $"mutation($input: MergeEntitiesInput!) {{ mergeEntities(input: $input) {{ {EntityPayload} }} }}";

    private readonly TempFolder _noSeeds = new();
    private readonly MutableApi _api;

    public CurationTests() => _api = new MutableApi(_noSeeds.Path);

    private ICorpusStore Store => _api.Services.GetRequiredService<ICorpusStore>();

    public Task InitializeAsync() => PlantAsync(Store);

    public Task DisposeAsync()
    {
        _api.Dispose();
        _noSeeds.Dispose();
        return Task.CompletedTask;
    }

    private static string Id(ExtractedEntity entity) => GlobalId.Encode(entity.Kind.ToString(), entity.Key);

    private async Task<JsonNode?> PersonAsync(ExtractedEntity person) =>
        (await _api.DataAsync("query($id: ID!) { node(id: $id) { ... on Person { id name aliases mentionCount mentions { nodes { text release { slug } } } roles { title release { slug } } events { name participants { id } } } } }",
            new { id = Id(person) }))["node"];

    private Task MergeNorovAsync() =>
        _api.PayloadAsync("mergeEntities", MergeEntities, new { input = new { targetId = Id(Norov), sourceIds = new[] { Id(NorovInitial) } } });

    [Fact]
    public async Task Renaming_keeps_the_extracted_name_as_an_alias()
    {
        var entity = (await _api.PayloadAsync("updateEntity", UpdateEntity, new { input = new { id = Id(Norov), name = "Vladimir Imamovich Norov" } }))["entity"]!;

        Assert.Equal("Vladimir Imamovich Norov", (string)entity["name"]!);
        Assert.Contains("Vladimir Norov", entity["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(Id(Norov), (string)entity["id"]!);
    }

    [Fact]
    public async Task Setting_aliases_replaces_them()
    {
        var entity = (await _api.PayloadAsync("updateEntity", UpdateEntity, new { input = new { id = Id(Sco), aliases = new[] { "SCO", "ShOS" } } }))["entity"]!;

        Assert.Equal(["SCO", "ShOS"], entity["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("Shanghai Cooperation Organisation", (string)entity["name"]!);
    }

    [Fact]
    public async Task A_rename_survives_re_extraction_of_every_release_that_mentions_it()
    {
        await _api.PayloadAsync("updateEntity", UpdateEntity, new { input = new { id = Id(Norov), name = "Vladimir Imamovich Norov", aliases = new[] { "Mr Norov" } } });

        await Store.SaveReleasesAsync([WriteB()]); // as re-seeding a changed file does

        var person = await PersonAsync(Norov);
        Assert.Equal("Vladimir Imamovich Norov", (string)person!["name"]!);
        Assert.Equal(["Mr Norov"], person["aliases"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public async Task A_curated_entity_stays_when_the_last_release_mentioning_it_is_deleted()
    {
        var uzbekistan = GlobalId.Encode("Country", Uzbekistan.Key);
        await _api.PayloadAsync("updateEntity", UpdateEntity, new { input = new { id = uzbekistan, name = "Republic of Uzbekistan" } });

        await _api.PayloadAsync("deleteRelease", "mutation($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedId errors { code } } }", new { input = new { id = GlobalId.Encode("Release", A) } });

        var country = (await _api.DataAsync("query($id: ID!) { node(id: $id) { ... on Country { name mentionCount } } }", new { id = uzbekistan }))["node"]!;
        Assert.Equal(("Republic of Uzbekistan", 0), ((string)country["name"]!, (int)country["mentionCount"]!));
        Assert.Null(await PersonAsync(NorovInitial)); // not curated: gone with its only release
    }

    [Fact]
    public async Task Merging_folds_mentions_aliases_roles_and_event_participation_into_the_target()
    {
        var entity = (await _api.PayloadAsync("mergeEntities", MergeEntities, new { input = new { targetId = Id(Norov), sourceIds = new[] { Id(NorovInitial) } } }))["entity"]!;

        Assert.Equal(("Vladimir Norov", 2), ((string)entity["name"]!, (int)entity["mentionCount"]!));
        var person = await PersonAsync(Norov);
        Assert.Contains("V. Norov", person!["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([A, B], person["mentions"]!["nodes"]!.AsArray().Select(m => (string)m!["release"]!["slug"]!).Order());
        Assert.Equal(["SCO Secretary-General", "Secretary-General"], person["roles"]!.AsArray().Select(r => (string)r!["title"]!).Order());
        var meeting = Assert.Single(person["events"]!.AsArray())!;
        Assert.Contains(Id(Norov), meeting["participants"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.DoesNotContain(Id(NorovInitial), meeting["participants"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.Null(await PersonAsync(NorovInitial));
        var releaseA = (await _api.DataAsync($"{{ releases(where: {{ slug: {{ eq: \"{A}\" }} }}) {{ nodes {{ people {{ id }} }} }} }}"))["releases"]!["nodes"]![0]!;
        Assert.Equal([Id(Norov)], releaseA["people"]!.AsArray().Select(p => (string)p!["id"]!));
    }

    [Fact]
    public async Task After_a_merge_deleting_and_re_importing_the_release_does_not_split_the_entity_again()
    {
        await MergeNorovAsync();
        var releaseId = GlobalId.Encode("Release", A);
        await _api.PayloadAsync("deleteRelease", "mutation($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedId errors { code } } }", new { input = new { id = releaseId } });

        await Store.AddReleaseAsync(WriteA(), exactSlug: true); // the same text, extracted again: the source key again

        Assert.Null(await PersonAsync(NorovInitial));
        var person = await PersonAsync(Norov);
        Assert.Equal(2, (int)person!["mentionCount"]!);
        Assert.Contains("V. Norov", person["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Contains(A, person["roles"]!.AsArray().Select(r => (string)r!["release"]!["slug"]!));
    }

    [Fact]
    public async Task After_a_merge_re_seeding_does_not_split_the_entity_again()
    {
        await MergeNorovAsync();

        await Store.SaveReleasesAsync([WriteA(), WriteB()]);

        Assert.Null(await PersonAsync(NorovInitial));
        Assert.Equal(2, (int)(await PersonAsync(Norov))!["mentionCount"]!);
    }

    [Fact]
    public async Task Merging_into_a_merge_target_follows_the_chain()
    {
        var third = new ExtractedEntity(EntityKeys.For(EntityKind.Person, "Norov Vladimir Imamovich"), EntityKind.Person, "Norov Vladimir Imamovich");
        await Store.AddReleaseAsync(Write("planted-c", "Another release\n\nNorov Vladimir Imamovich arrived.", new ExtractionResult { Entities = [third], Mentions = [new(third.Key, 0, 0, 24, "Norov Vladimir Imamovich")] }), exactSlug: true);
        await MergeNorovAsync();
        await _api.PayloadAsync("mergeEntities", MergeEntities, new { input = new { targetId = Id(third), sourceIds = new[] { Id(Norov) } } });

        await Store.SaveReleasesAsync([WriteA(), WriteB()]);

        Assert.Null(await PersonAsync(Norov));
        Assert.Null(await PersonAsync(NorovInitial));
        Assert.Equal(3, (int)(await PersonAsync(third))!["mentionCount"]!);
    }

    [Fact]
    public async Task Unknown_entities_are_not_found_and_nothing_merges()
    {
        var ghost = GlobalId.Encode("Person", "person:nobody");

        var response = await _api.MutateAsync(MergeEntities, new { input = new { targetId = Id(Norov), sourceIds = new[] { Id(NorovInitial), ghost } } });
        var rename = await _api.MutateAsync(UpdateEntity, new { input = new { id = ghost, name = "Somebody" } });

        var error = Assert.Single(response.Data!["mergeEntities"]!["errors"]!.AsArray())!;
        Assert.Equal(("NOT_FOUND", ghost), ((string)error["code"]!, (string)error["id"]!));
        Assert.Equal("NOT_FOUND", (string)rename.Data!["updateEntity"]!["errors"]![0]!["code"]!);
        Assert.NotNull(await PersonAsync(NorovInitial));
        Assert.Equal(1, (int)(await PersonAsync(Norov))!["mentionCount"]!);
    }
}
