using System.Globalization;
using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>Filters and sorts must give what a plain LINQ evaluation over all releases gives.</summary>
public sealed class ReleaseFilterTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<List<JsonNode>> AllAsync() =>
        (await api.DataAsync("{ releases(first: 500) { nodes { slug title body wordCount eventDate publishedAt } } }"))["releases"]!["nodes"]!
            .AsArray().Select(n => n!).ToList();

    private async Task<List<string>> SlugsAsync(string arguments) =>
        (await api.DataAsync($"{{ releases(first: 500, {arguments}) {{ nodes {{ slug }} }} }}"))["releases"]!["nodes"]!
            .AsArray().Select(n => (string)n!["slug"]!).ToList();

    [Fact]
    public async Task Contains_is_case_insensitive_like_linq_ordinal_ignore_case()
    {
        var expected = (await AllAsync()).Where(r => ((string)r["title"]!).Contains("sco secretary", StringComparison.OrdinalIgnoreCase)).Select(r => (string)r["slug"]!);

        Assert.Equal(expected.Order(), (await SlugsAsync("where: { title: { contains: \"sco secretary\" } }")).Order());
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task And_or_nest()
    {
        var all = await AllAsync();
        var expected = all.Where(r => (int)r["wordCount"]! > 450 && (((string)r["body"]!).Contains("Norov", StringComparison.OrdinalIgnoreCase) || ((string)r["title"]!).StartsWith("a virtual", StringComparison.OrdinalIgnoreCase)))
            .Select(r => (string)r["slug"]!);

        var actual = await SlugsAsync("where: { and: [ { wordCount: { gt: 450 } }, { or: [ { body: { contains: \"norov\" } }, { title: { startsWith: \"A VIRTUAL\" } } ] } ] }");

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task Empty_or_matches_nothing_and_empty_and_matches_everything()
    {
        // The identities of the two connectives, as LINQ's Any/All over an empty list give them.
        var all = (await AllAsync()).Select(r => (string)r["slug"]!);

        Assert.Empty(await SlugsAsync("where: { or: [] }"));
        Assert.Equal(all.Order(), (await SlugsAsync("where: { and: [] }")).Order());
        Assert.Empty(await SlugsAsync("where: { and: [ { wordCount: { gt: 0 } }, { or: [] } ] }"));
    }

    [Fact]
    public async Task In_and_nin_partition_the_corpus()
    {
        var inside = await SlugsAsync("where: { slug: { in: [\"000_05fdf4034ddeb5e3\", \"004_a116f53807da5ab0\"] } }");
        var outside = await SlugsAsync("where: { slug: { nin: [\"000_05fdf4034ddeb5e3\", \"004_a116f53807da5ab0\"] } }");

        Assert.Equal(2, inside.Count);
        Assert.Equal(3, outside.Count);
        Assert.Empty(inside.Intersect(outside));
    }

    [Fact]
    public async Task Order_by_word_count_descending_matches_linq()
    {
        var expected = (await AllAsync()).OrderByDescending(r => (int)r["wordCount"]!).Select(r => (string)r["slug"]!);

        Assert.Equal(expected, await SlugsAsync("order: [{ wordCount: DESC }]"));
    }

    [Fact]
    public async Task Order_by_two_fields_matches_linq_then_by()
    {
        var all = await AllAsync();
        var expected = all
            .OrderBy(r => (string?)r["publishedAt"] is null ? 0 : 1)
            .ThenBy(r => (string?)r["publishedAt"], StringComparer.Ordinal)
            .ThenByDescending(r => (int)r["wordCount"]!)
            .Select(r => (string)r["slug"]!);

        Assert.Equal(expected, await SlugsAsync("order: [{ publishedAt: ASC }, { wordCount: DESC }]"));
    }

    [Fact]
    public async Task Word_count_range_matches_linq()
    {
        var expected = (await AllAsync()).Where(r => (int)r["wordCount"]! >= 400 && (int)r["wordCount"]! < 700).Select(r => (string)r["slug"]!);

        Assert.Equal(expected.Order(), (await SlugsAsync("where: { wordCount: { gte: 400, lt: 700 } }")).Order());
    }

    [Fact]
    public async Task Published_at_filters_on_the_byline_time()
    {
        var expected = (await AllAsync())
            .Where(r => (string?)r["publishedAt"] is { } p && DateTimeOffset.Parse(p, CultureInfo.InvariantCulture) >= new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Select(r => (string)r["slug"]!);

        Assert.Equal(expected.Order(), (await SlugsAsync("where: { publishedAt: { gte: \"2021-01-01T00:00:00Z\" } }")).Order());
    }

    [Fact]
    public async Task Filter_values_of_the_wrong_type_are_rejected_before_execution()
    {
        var response = await api.PostAsync("{ releases(where: { wordCount: { gt: \"many\" } }) { totalCount } }");

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.Errors);
    }
}
