using System.Text;
using ScoGraphQL.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Limits;

/// <summary>Each limit refuses its attack before execution, quickly, naming the limit in <c>extensions.code</c>.</summary>
public sealed class LimitAttackTests(SeededApi api, ITestOutputHelper output) : IClassFixture<SeededApi>, IAsyncLifetime
{
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(1);

    // The first request pays for JIT and schema start-up; the timings below are of the attacks alone.
    public async Task InitializeAsync() => await api.PostJsonAsync(RawRequests.Body("{ __typename }"));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_depth_50_query_is_refused_before_parsing()
    {
        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(NestedReleases(levels: 17))); // 3 levels each: 51 deep

        AssertRefused(response, elapsed, 400, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task A_query_one_level_too_deep_is_refused_by_the_depth_limit()
    {
        // 13 levels of selection sets below the root fields: under the brace pre-check, one over MaxDepth 12.
        var query = NestedReleases(levels: 3).Replace("title", "mentions(first: 1) { nodes { text } }", StringComparison.Ordinal);

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 400, "MAX_DEPTH_EXCEEDED");
        Assert.Contains("13 deep", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Depth_hidden_in_fragments_is_counted()
    {
        var fragments = new StringBuilder();
        for (var i = 0; i < 12; i++)
            fragments.Append($"fragment F{i} on Release {{ mentions(first: 1) {{ nodes {{ release {{ ...F{i + 1} }} }} }} }}\n");
        fragments.Append("fragment F12 on Release { title }\n");

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 1) { nodes { ...F0 } } }\n" + fragments));

        AssertRefused(response, elapsed, 400, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Introspection_cycling_through_field_types_is_refused()
    {
        var query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 400, "MAX_DEPTH_EXCEEDED");
        Assert.Contains("Introspection nests", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task A_thousand_aliases_are_refused()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"t{i}: title"));

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body($"{{ releases(first: 1) {{ nodes {{ {fields} }} }} }}"));

        AssertRefused(response, elapsed, 400, "MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task Too_many_root_fields_are_refused()
    {
        var fields = string.Concat(Enumerable.Repeat("stats { releaseCount } ", 21));

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body($"{{ {fields} }}"));

        AssertRefused(response, elapsed, 400, "MAX_ROOT_FIELDS_EXCEEDED");
    }

    [Fact]
    public async Task A_fragment_cycle_is_refused_by_validation()
    {
        var query = """
            { releases(first: 1) { nodes { ...A } } }
            fragment A on Release { mentions(first: 1) { nodes { release { ...B } } } }
            fragment B on Release { title ...A }
            """;

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 400, "NO_FRAGMENT_CYCLES");
    }

    [Fact]
    public async Task A_long_chain_of_fragments_spread_twice_each_is_refused_quickly()
    {
        // Each fragment spreads the next twice: 2^40 fields if expanded. Depth stops the walk long before that.
        var fragments = new StringBuilder();
        for (var i = 0; i < 40; i++)
            fragments.Append($"fragment F{i} on Release {{ mentions(first: 1) {{ nodes {{ release {{ ...F{i + 1} }} r: release {{ ...F{i + 1} }} }} }} }}\n");
        fragments.Append("fragment F40 on Release { title }\n");

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 1) { nodes { ...F0 } } }\n" + fragments));

        Assert.Equal(400, response.Status);
        Assert.True(elapsed < Fast, $"took {elapsed.TotalMilliseconds:0} ms");
        output.WriteLine($"{response.Code()}: {elapsed.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public async Task Fragments_that_double_at_each_step_without_nesting_are_refused_on_cost()
    {
        // 2^40 title fields once expanded, at depth 1: only a memoised count sees it in time.
        var fragments = new StringBuilder();
        for (var i = 0; i < 40; i++) fragments.Append($"fragment F{i} on Release {{ ...F{i + 1} ...F{i + 1} }}\n");
        fragments.Append("fragment F40 on Release { title }\n");

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 1) { nodes { ...F0 } } }\n" + fragments));

        AssertRefused(response, elapsed, 400, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Pages_of_500_nested_four_deep_exceed_the_cost_budget()
    {
        var query = "{ releases(first: 500) { nodes { mentions(first: 500) { nodes { entity { releases(first: 500) { nodes { mentions(first: 500) { nodes { text } } } } } } } } } }";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 400, "COST_LIMIT_EXCEEDED");
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Page_sizes_from_variables_count_too()
    {
        var query = "query($n: Int) { releases(first: $n) { nodes { mentions(first: $n) { nodes { entity { releases(first: $n) { nodes { title } } } } } } } }";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query, "{\"n\": 500}"));

        AssertRefused(response, elapsed, 400, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_five_megabyte_query_is_413()
    {
        var query = "{ " + new string(' ', 5 * 1024 * 1024) + "__typename }";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 413, "REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task A_five_megabyte_query_string_over_get_is_413()
    {
        var (response, _) = await api.GetAsync("/graphql?query=" + new string('a', 5 * 1024 * 1024));

        // Not timed: the test client spends over a second copying the URL; the server's own log says ~25 ms.
        // (Behind Kestrel such a URL never arrives: request lines over 8 kB get 414 first.)
        Assert.Equal(413, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.Code());
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_refused_before_parsing()
    {
        // 900 kB: under the body limit, but 150,000 tokens.
        var query = "{ releases(first: 1) { nodes { title " + string.Concat(Enumerable.Repeat("title ", 150_000)) + "} } }";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(query));

        AssertRefused(response, elapsed, 400, "MAX_TOKENS_EXCEEDED");
    }

    [Fact]
    public async Task Ten_thousand_opening_braces_are_refused_as_too_deep()
    {
        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body(new string('{', 10_000)));

        AssertRefused(response, elapsed, 400, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task A_deeply_nested_json_variable_is_refused_before_deserialising()
    {
        var variables = "{\"v\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body("query($v: [String]) { __typename }", variables));

        AssertRefused(response, elapsed, 400, "MAX_JSON_DEPTH_EXCEEDED");
        Assert.Contains("nests deeper than", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task A_deeply_nested_json_variable_over_get_is_refused()
    {
        var variables = Uri.EscapeDataString("{\"v\": " + new string('[', 1000) + new string(']', 1000) + "}");

        var (response, elapsed) = await api.GetAsync($"/graphql?query={Uri.EscapeDataString("{ __typename }")}&variables={variables}");

        AssertRefused(response, elapsed, 400, "MAX_JSON_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task A_page_size_over_the_limit_is_refused_before_execution()
    {
        var (response, elapsed) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 501) { nodes { title } } }"));

        AssertRefused(response, elapsed, 400, "BAD_USER_INPUT");
        Assert.Contains("'first'", (string?)response.Errors![0]!["message"]);
        Assert.Null(response.Data); // refused in validation: nothing ran
    }

    [Fact]
    public async Task Legacy_json_clients_get_200_with_the_same_code()
    {
        var (response, _) = await api.PostJsonAsync(RawRequests.Body(NestedReleases(levels: 17)), accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.Code());
    }

    /// <summary><c>releases { nodes { mentions { nodes { release { … } } } } }</c>: three levels of selection per repetition.</summary>
    private static string NestedReleases(int levels)
    {
        var open = new StringBuilder("{ releases(first: 1) { nodes { ");
        for (var i = 0; i < levels; i++) open.Append("mentions(first: 1) { nodes { release { ");
        open.Append("title ");
        return open + string.Concat(Enumerable.Repeat("} } } ", levels)) + "} } }";
    }

    private void AssertRefused(GraphQLResponse response, TimeSpan elapsed, int status, string code)
    {
        output.WriteLine($"{code}: {response.Status} in {elapsed.TotalMilliseconds:0.0} ms — {(string?)response.Errors?[0]?["message"]}");
        Assert.True(response.Status == status, $"status {response.Status}, body {(response.Body?.ToJsonString() is { } body ? body[..Math.Min(500, body.Length)] : null)}");
        Assert.Equal(code, response.Code());
        Assert.True(elapsed < Fast, $"{code} took {elapsed.TotalMilliseconds:0} ms");
    }
}
