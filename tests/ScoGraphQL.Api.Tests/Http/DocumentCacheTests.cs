using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Http;

/// <summary>
/// The second request with the same document text is answered from a cached parse: what it must still check per
/// request (the cost of its variables, the API key) is checked, and what it answers is unchanged.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string PagedTitles = "query($n: Int) { releases(first: $n) { nodes { title slug } } }";

    [Fact]
    public async Task A_cached_document_is_still_costed_with_each_requests_variables()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?> { ["GraphQL:Limits:MaxCost"] = "100" });

        var (small, _) = await api.PostJsonAsync(RawRequests.Body(PagedTitles, "{\"n\": 10}"));
        var (again, _) = await api.PostJsonAsync(RawRequests.Body(PagedTitles, "{\"n\": 10}"));
        var (large, _) = await api.PostJsonAsync(RawRequests.Body(PagedTitles, "{\"n\": 60}")); // 2 + 60 × 2

        Assert.Null(small.Errors);
        Assert.Equal(small.Body!.ToJsonString(), again.Body!.ToJsonString());
        Assert.Equal(22, (int)again.Body!["extensions"]!["cost"]!["requested"]!);
        Assert.Equal("COST_LIMIT_EXCEEDED", large.Code());
    }

    [Fact]
    public async Task A_mutation_cached_after_an_authorised_run_still_needs_the_key()
    {
        await using var api = new MutableApi();
        const string delete = "mutation { deleteRelease(input: { id: \"UmVsZWFzZTpuby1zdWNo\" }) { deletedId errors { code } } }";

        var authorised = await api.MutateAsync(delete);
        var withoutKey = await api.MutateAsync(delete, key: null);

        Assert.Null(authorised.Errors);
        Assert.Equal("NOT_FOUND", (string?)authorised.Data!["deleteRelease"]!["errors"]![0]!["code"]);
        Assert.Null(withoutKey.Data);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", withoutKey.Code());
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_again_with_the_same_error()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>());

        var (first, _) = await api.PostJsonAsync(RawRequests.Body("{ releases { nodes { nosuchfield } } }"));
        var (second, _) = await api.PostJsonAsync(RawRequests.Body("{ releases { nodes { nosuchfield } } }"));

        Assert.Equal(400, first.Status);
        Assert.Equal(first.Body!.ToJsonString(), second.Body!.ToJsonString());
    }

    [Fact]
    public async Task A_cached_query_without_variables_answers_and_reports_its_cost_as_the_first_time()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>());
        const string titles = "{ releases(first: 3) { nodes { title slug } } }";

        var (first, _) = await api.PostJsonAsync(RawRequests.Body(titles));
        var (second, _) = await api.PostJsonAsync(RawRequests.Body(titles));
        var (third, _) = await api.PostJsonAsync(RawRequests.Body(titles));

        Assert.Null(first.Errors);
        Assert.Equal(first.Body!.ToJsonString(), second.Body!.ToJsonString());
        Assert.Equal(first.Body!.ToJsonString(), third.Body!.ToJsonString());
        Assert.Equal(8, (int)third.Body!["extensions"]!["cost"]!["requested"]!); // 2 + 3 × 2
        Assert.Equal(2, (int)third.Body!["extensions"]!["cost"]!["depth"]!);
    }

    [Fact]
    public async Task Each_query_of_a_cached_document_reports_its_own_cost_and_limits()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?> { ["GraphQL:Limits:MaxCost"] = "10" });
        const string document = "query Small { releases(first: 1) { nodes { title } } } query Large { releases(first: 20) { nodes { title } } }";
        string Named(string operation) => $"{{\"query\": {System.Text.Json.JsonSerializer.Serialize(document)}, \"operationName\": \"{operation}\"}}";

        var (small, _) = await api.PostJsonAsync(Named("Small"));
        var (smallAgain, _) = await api.PostJsonAsync(Named("Small"));
        var (large, _) = await api.PostJsonAsync(Named("Large"));

        Assert.Null(small.Errors);
        Assert.Equal(small.Body!.ToJsonString(), smallAgain.Body!.ToJsonString());
        Assert.Equal(3, (int)smallAgain.Body!["extensions"]!["cost"]!["requested"]!);
        Assert.Equal("COST_LIMIT_EXCEEDED", large.Code());
    }
}
