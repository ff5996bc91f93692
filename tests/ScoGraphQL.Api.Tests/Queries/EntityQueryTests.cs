using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>What a person page, an event timeline or a country view asks of the seeded corpus.</summary>
public sealed class EntityQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<JsonNode> PersonAsync(string name) =>
        (await api.DataAsync("query($name: String) { people(where: { name: { eq: $name } }) { nodes { id name aliases mentionCount roles { title organization { name } release { slug } } events { name startDate } releases { totalCount nodes { slug } } mentions(first: 3) { totalCount nodes { text paragraph start end release { paragraphs } } } } } }", new { name }))
            ["people"]!["nodes"]![0]!;

    [Fact]
    public async Task Mr_Norov_resolves_to_Vladimir_Norov_across_releases()
    {
        var norov = await PersonAsync("Vladimir Norov");

        Assert.Contains("Mr Norov", norov["aliases"]!.AsArray().Select(a => (string?)a));
        Assert.True((int)norov["releases"]!["totalCount"]! >= 4);
        var roles = norov["roles"]!.AsArray();
        Assert.Contains(roles, r => (string?)r!["title"] == "SCO Secretary-General" && (string?)r["organization"]?["name"] == "Shanghai Cooperation Organisation");
        // Four releases call him SCO Secretary-General; a person page lists the title once.
        Assert.Single(roles, r => (string?)r!["title"] == "SCO Secretary-General");
        Assert.Contains(roles, r => (string?)r!["title"] == "SCO General-Secretary");
    }

    [Fact]
    public async Task A_persons_and_a_countrys_releases_list_the_newest_first()
    {
        var lists = await api.DataAsync("""
            { people(where: { name: { eq: "Vladimir Norov" } }) { nodes { releases { nodes { slug publishedAt eventDate } } } }
              countries(where: { name: { eq: "Russia" } }) { nodes { releases { nodes { slug publishedAt eventDate } } } } }
            """);

        foreach (var list in new[] { lists["people"]!, lists["countries"]! })
        {
            // By publication date, else the event's (a release without a byline has only that).
            var dates = list["nodes"]![0]!["releases"]!["nodes"]!.AsArray()
                .Select(r => DateTime.Parse((string?)r!["publishedAt"] ?? (string)r["eventDate"]!)).ToList();
            Assert.True(dates.Count >= 3);
            Assert.Equal(dates.OrderDescending(), dates);
        }
    }

    [Fact]
    public async Task Mention_offsets_point_at_the_text_in_the_paragraph()
    {
        var mentions = (await PersonAsync("Vladimir Norov"))["mentions"]!["nodes"]!.AsArray();

        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            var paragraph = (string)mention!["release"]!["paragraphs"]![(int)mention["paragraph"]!]!;
            Assert.Equal((string?)mention["text"], paragraph[(int)mention["start"]!..(int)mention["end"]!]);
        }
    }

    [Fact]
    public async Task Any_name_finds_an_entity_by_alias_and_ignores_diacritics_in_its_key()
    {
        var byAlias = (await api.DataAsync("{ people(where: { anyName: { eq: \"Mr Norov\" } }) { nodes { name } } }"))["people"]!["nodes"]!.AsArray();
        var jenca = (await api.DataAsync("{ people(where: { anyName: { contains: \"jen\" } }) { totalCount nodes { name releases { totalCount } } } }"))["people"]!;

        Assert.Equal("Vladimir Norov", (string?)byAlias.Single()!["name"]);
        Assert.Equal(1, (int)jenca["totalCount"]!); // Jenča (003) and Jenca (004) are one person
        Assert.Equal(2, (int)jenca["nodes"]![0]!["releases"]!["totalCount"]!);
    }

    [Fact]
    public async Task The_summit_adopted_the_Moscow_Declaration()
    {
        var documents = (await api.DataAsync("{ documents(where: { name: { startsWith: \"Moscow Declaration\" } }) { nodes { name documentKind date adoptedAt { name startDate format place { name } } } } }"))["documents"]!["nodes"]!.AsArray();

        var declaration = documents.Single()!;
        Assert.Equal("DECLARATION", (string?)declaration["documentKind"]);
        Assert.Equal("2020-11-10", (string?)declaration["adoptedAt"]!["startDate"]);
        Assert.Equal("VIDEOCONFERENCE", (string?)declaration["adoptedAt"]!["format"]);
    }

    [Fact]
    public async Task Sco_status_depends_on_the_date()
    {
        var india = (await api.DataAsync("{ countries(where: { name: { eq: \"India\" } }) { nodes { isoCode before: scoStatus(on: \"2010-01-01\") after: scoStatus(on: \"2020-01-01\") } } }"))["countries"]!["nodes"]![0]!;

        Assert.Equal("IN", (string?)india["isoCode"]);
        Assert.Equal("OBSERVER", (string?)india["before"]);
        Assert.Equal("MEMBER", (string?)india["after"]);
    }

    [Fact]
    public async Task Places_know_their_country()
    {
        var tashkent = (await api.DataAsync("{ places(where: { name: { eq: \"Tashkent\" } }) { nodes { country { name isoCode } } } }"))["places"]!["nodes"]![0]!;

        Assert.Equal("UZ", (string?)tashkent["country"]!["isoCode"]);
    }

    [Fact]
    public async Task A_city_links_to_its_country_even_when_no_release_names_the_country()
    {
        var newYork = (await api.DataAsync("{ places(where: { name: { eq: \"New York\" } }) { nodes { country { name isoCode mentionCount } releases { nodes { countries { name } } } } } }"))["places"]!["nodes"]![0]!;

        Assert.Equal("US", (string?)newYork["country"]!["isoCode"]);
        Assert.Equal(0, (int)newYork["country"]!["mentionCount"]!);
        // Referred to, not mentioned: the release does not list it among its countries.
        Assert.DoesNotContain(newYork["releases"]!["nodes"]![0]!["countries"]!.AsArray(), c => (string?)c!["name"] == (string?)newYork["country"]!["name"]);
    }

    [Fact]
    public async Task Events_are_ordered_and_filtered_by_date()
    {
        var events = (await api.DataAsync("{ events(where: { startDate: { gte: \"2020-11-01\", lt: \"2020-12-01\" } }, order: [{ startDate: ASC }]) { nodes { name startDate participants { name } } } }"))["events"]!["nodes"]!.AsArray();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("2020-11", (string?)e!["startDate"]));
        Assert.Contains(events, e => e!["participants"]!.AsArray().Any(p => (string?)p!["name"] == "Vladimir Putin"));
    }

    [Fact]
    public async Task Release_lists_its_entities_by_kind()
    {
        var release = (await api.DataAsync("""{ releases(where: { slug: { eq: "002_6fc61e669fac360d" } }) { nodes { people { name } countries { name } documents { name } topics { name } entities(kinds: [PLACE]) { kind name } mentions(first: 500, kinds: [PERSON]) { totalCount } } } }"""))["releases"]!["nodes"]![0]!;

        Assert.Contains(release["people"]!.AsArray(), p => (string?)p!["name"] == "Vladimir Putin");
        Assert.True(release["documents"]!.AsArray().Count >= 16);
        Assert.All(release["entities"]!.AsArray(), e => Assert.Equal("PLACE", (string?)e!["kind"]));
        Assert.True((int)release["mentions"]!["totalCount"]! >= release["people"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_persons_releases_page_by_cursor_through_the_same_list_as_one_page()
    {
        const string query = "query($name: String, $after: String) { people(where: { name: { eq: $name } }) { nodes { releases(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } } } }";
        var whole = (await PersonAsync("Vladimir Norov"))["releases"]!;
        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync(query, new { name = "Vladimir Norov", after }))["people"]!["nodes"]![0]!["releases"]!;
            Assert.Equal((int)whole["totalCount"]!, (int)page["totalCount"]!);
            walked.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        Assert.Equal(whole["nodes"]!.AsArray().Select(n => (string)n!["slug"]!), walked);
    }

    [Fact]
    public async Task Mentioning_narrows_releases_to_those_naming_all_given_entities()
    {
        var norov = (string)(await PersonAsync("Vladimir Norov"))["id"]!;
        var jenca = (string)(await api.DataAsync("{ people(where: { anyName: { contains: \"jen\" } }) { nodes { id } } }"))["people"]!["nodes"]![0]!["id"]!;

        var both = (await api.DataAsync("query($ids: [ID!]) { releases(mentioning: $ids) { nodes { slug } } }", new { ids = new[] { norov, jenca } }))["releases"]!["nodes"]!.AsArray();

        Assert.Equal(["003_71c49925f9e23485", "004_a116f53807da5ab0"], both.Select(n => (string)n!["slug"]!).Order());
    }

    [Fact]
    public async Task Related_ranks_co_mentioned_entities_by_shared_releases()
    {
        var related = (await api.DataAsync("{ people(where: { name: { eq: \"Vladimir Norov\" } }) { nodes { related(first: 5) { sharedReleases entity { name kind } } } } }"))["people"]!["nodes"]![0]!["related"]!.AsArray();

        Assert.Equal(5, related.Count);
        var shared = related.Select(r => (int)r!["sharedReleases"]!).ToList();
        Assert.Equal(shared.OrderDescending(), shared);
        Assert.Equal("Shanghai Cooperation Organisation", (string?)related[0]!["entity"]!["name"]);
    }

    [Fact]
    public async Task Node_resolves_entities_and_refuses_a_release_id_for_the_wrong_type()
    {
        var norov = (string)(await PersonAsync("Vladimir Norov"))["id"]!;

        var node = (await api.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on Person { name } } }", new { id = norov }))["node"]!;

        Assert.Equal("Person", (string?)node["__typename"]);
        Assert.Equal("Vladimir Norov", (string?)node["name"]);
    }

    [Fact]
    public async Task Stats_count_every_kind()
    {
        var stats = (await api.DataAsync("{ stats { releaseCount entityCount entitiesByKind { kind count } releasesByMonth { month count } } }"))["stats"]!;

        Assert.Equal(5, (int)stats["releaseCount"]!);
        Assert.Equal((int)stats["entityCount"]!, stats["entitiesByKind"]!.AsArray().Sum(k => (int)k!["count"]!));
        Assert.Equal(5, stats["releasesByMonth"]!.AsArray().Sum(m => (int)m!["count"]!));
    }
}
