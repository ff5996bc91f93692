using System.Text.Json.Nodes;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Search;

public sealed class SearchQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string SummitSlug = "002_6fc61e669fac360d";

    private async Task<JsonNode> SearchAsync(string query, int? first = null, string? after = null) =>
        (await api.DataAsync(
            "query($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { score snippet release { slug title } } } } }",
            new { q = query, first, after }))["search"]!;

    private static List<string> Slugs(JsonNode search) =>
        search["edges"]!.AsArray().Select(e => (string)e!["node"]!["release"]!["slug"]!).ToList();

    [Fact]
    public async Task Moscow_Declaration_finds_the_summit_release_first()
    {
        var search = await SearchAsync("Moscow Declaration");

        Assert.Equal(SummitSlug, Slugs(search)[0]);
    }

    [Fact]
    public async Task Meetings_finds_the_releases_that_say_meeting()
    {
        var slugs = Slugs(await SearchAsync("meetings"));

        // Four of the five seeds say "meeting"; only one of them says "meetings".
        Assert.Equal(4, slugs.Count);
        Assert.DoesNotContain("004_a116f53807da5ab0", slugs);
    }

    [Fact]
    public async Task A_quoted_phrase_matches_the_words_together_only()
    {
        var phrase = await SearchAsync("\"Moscow Declaration\"");
        var reversed = await SearchAsync("\"Declaration Moscow\"");

        Assert.Equal([SummitSlug], Slugs(phrase));
        Assert.Equal(0, (int)reversed["totalCount"]!);
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words_as_they_are_written()
    {
        var hit = (await SearchAsync("meetings")).AsObject()["edges"]![0]!["node"]!;
        var snippet = (string)hit["snippet"]!;

        Assert.Matches("<mark>[Mm]eetings?</mark>", snippet);
        Assert.True(snippet.Length < 400, snippet);
        Assert.True((double)hit["score"]! > 0);
    }

    [Fact]
    public async Task Paging_with_first_and_after_yields_every_hit_once_in_score_order()
    {
        var all = await SearchAsync("SCO");
        var total = (int)all["totalCount"]!;
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await SearchAsync("SCO", first: 2, after: after);
            Assert.Equal(total, (int)page["totalCount"]!);
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            seen.AddRange(Slugs(page));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string?)page["pageInfo"]!["endCursor"];
        }

        Assert.Equal(5, total);
        Assert.Equal(Slugs(all), seen);
        var scores = all["edges"]!.AsArray().Select(e => (double)e!["node"]!["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task A_cursor_past_the_end_gives_an_empty_page_not_an_error()
    {
        var page = await SearchAsync("SCO", first: 2, after: ScoGraphQL.Api.GraphQL.Cursor.Encode(int.MaxValue - 1));

        Assert.Empty(Slugs(page));
        Assert.Equal(5, (int)page["totalCount"]!);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR (")]
    [InlineData("(summit")]
    [InlineData("*eeting")]
    public async Task A_syntax_error_is_a_clear_SEARCH_SYNTAX_error_not_a_crash(string query)
    {
        var response = await api.PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = query });

        Assert.NotEqual(500, response.Status);
        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("SEARCH_SYNTAX", (string?)error["extensions"]!["code"]);
        Assert.StartsWith("The search query is not valid:", (string?)error["message"]);
        Assert.DoesNotContain("Was expecting", (string?)error["message"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_query_is_a_bad_user_input_error(string query)
    {
        var response = await api.PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = query });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Contains("'query'", (string?)error["message"]);
    }

    [Fact]
    public async Task An_overlong_query_is_a_bad_user_input_error()
    {
        var response = await api.PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = string.Join(' ', Enumerable.Repeat("summit", 200)) });

        Assert.Equal("BAD_USER_INPUT", (string?)response.Errors![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("C++")]
    [InlineData("a/b")]
    [InlineData("Hello!")]
    [InlineData("What is the SCO?")]
    [InlineData("Note: summit")]
    [InlineData("Russia-China")]
    public async Task Punctuation_inside_ordinary_words_is_text_not_syntax(string query)
    {
        var response = await api.PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = query });

        Assert.True(response.Errors is null, response.Errors?.ToJsonString());
    }

    [Fact]
    public async Task A_question_mark_ending_a_word_does_not_turn_it_into_a_wildcard()
    {
        var question = await SearchAsync("summit?");
        var plain = await SearchAsync("summit");

        Assert.Equal(Slugs(plain), Slugs(question));
    }

    [Fact]
    public async Task Operators_fields_and_prefixes_work()
    {
        var either = Slugs(await SearchAsync("Moscow OR Interactive"));
        var moscow = Slugs(await SearchAsync("Moscow"));
        var interactive = Slugs(await SearchAsync("Interactive"));
        var without = Slugs(await SearchAsync("meeting -Moscow"));
        var titled = Slugs(await SearchAsync("title:summit"));
        var prefixed = (int)(await SearchAsync("summ*"))["totalCount"]!;

        Assert.Equal(moscow.Union(interactive).Order(), either.Order());
        Assert.True(either.Count > moscow.Count);
        Assert.DoesNotContain(SummitSlug, without);
        Assert.Equal([SummitSlug], titled);
        Assert.True(prefixed >= 1);
    }

    [Fact]
    public async Task Hits_resolve_their_releases_in_one_batch()
    {
        var response = await api.PostAsync("{ search(query: \"SCO\") { nodes { release { slug } } } }");

        Assert.Null(response.Errors);
        Assert.Equal(5, response.Data!["search"]!["nodes"]!.AsArray().Count);
        Assert.Equal(1, (int)response.Body!["extensions"]!["stats"]!["storageCalls"]!);
    }
}
