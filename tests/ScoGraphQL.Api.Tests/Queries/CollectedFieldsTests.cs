using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Queries;

/// <summary>
/// The query strategy remembers which fields a selection set collects (QueryExecutionStrategy): what depends on the
/// request, @skip/@include with variables and one response key selected twice, must still be collected per request.
/// </summary>
public sealed class CollectedFieldsTests
{
    [Fact]
    public async Task Skip_and_include_follow_each_requests_variables_on_a_cached_document()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>());
        const string query = "query($hide: Boolean!) { releases(first: 2) { nodes { title @skip(if: $hide) slug ... on Release @include(if: $hide) { wordCount } } } }";

        var (hidden, _) = await api.PostJsonAsync(RawRequests.Body(query, "{\"hide\": true}"));
        var (shown, _) = await api.PostJsonAsync(RawRequests.Body(query, "{\"hide\": false}"));
        var (hiddenAgain, _) = await api.PostJsonAsync(RawRequests.Body(query, "{\"hide\": true}"));

        var first = hidden.Data!["releases"]!["nodes"]![0]!.AsObject();
        Assert.Equal(new[] { "slug", "wordCount" }, first.Select(p => p.Key));
        Assert.Equal(new[] { "title", "slug" }, shown.Data!["releases"]!["nodes"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(hidden.Body!.ToJsonString(), hiddenAgain.Body!.ToJsonString());
    }

    [Fact]
    public async Task A_field_selected_twice_under_one_name_merges_its_selections_every_time()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>());
        const string query = "{ releases(first: 2) { nodes { title } nodes { slug } page: pageInfo { hasNextPage } } }";

        var (first, _) = await api.PostJsonAsync(RawRequests.Body(query));
        var (second, _) = await api.PostJsonAsync(RawRequests.Body(query));

        Assert.Null(first.Errors);
        Assert.Equal(new[] { "title", "slug" }, first.Data!["releases"]!["nodes"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(first.Body!.ToJsonString(), second.Body!.ToJsonString());
    }
}
