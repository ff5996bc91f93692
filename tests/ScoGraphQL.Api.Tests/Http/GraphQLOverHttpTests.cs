using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Http;

public sealed class GraphQLOverHttpTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string ReleasesQuery = "{ releases(first: 10) { totalCount nodes { id slug title } } }";

    [Fact]
    public async Task Post_answers_with_the_seeded_releases()
    {
        var response = await api.PostAsync(ReleasesQuery);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Equal(5, (int)response.Data!["releases"]!["totalCount"]!);
        Assert.Equal("The SCO Secretary-General delivers remarks at the opening of the Council of National Coordinators meeting",
            (string?)response.Data["releases"]!["nodes"]![0]!["title"]);
    }

    [Fact]
    public async Task Get_answers_a_query_from_the_query_string()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(ReleasesQuery));
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(200, body.Status);
        Assert.Equal("application/json", body.ContentType); // no Accept header: the legacy media type
        Assert.Equal(5, (int)body.Data!["releases"]!["totalCount"]!);
    }

    [Fact]
    public async Task Get_with_variables_and_operation_name()
    {
        using var client = api.CreateClient();
        var query = Uri.EscapeDataString("query A($n: Int) { releases(first: $n) { nodes { slug } } } query B { stats { releaseCount } }");
        var variables = Uri.EscapeDataString("{\"n\": 2}");
        using var response = await client.GetAsync($"/graphql?query={query}&operationName=A&variables={variables}");
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(2, body.Data!["releases"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_and_says_to_use_post()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteRelease(input: {id: \"x\"}) { deletedId } }"));
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(",", h.Value))));
        Assert.Contains("use POST", (string?)body.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Broken_json_is_400_with_a_message()
    {
        var response = await SendRawAsync("{\"query\": \"{ releases { totalCount } }\"", "application/json");

        Assert.Equal(400, response.Status);
        Assert.Contains("not a valid GraphQL request", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Unknown_field_is_400_with_the_new_media_type_and_200_with_json()
    {
        var strict = await api.PostAsync("{ releases { nope } }");
        var legacy = await api.PostAsync("{ releases { nope } }", accept: "application/json");

        Assert.Equal(400, strict.Status);
        Assert.Contains("nope", (string?)strict.Errors![0]!["message"]);
        Assert.Equal(200, legacy.Status);
        Assert.NotNull(legacy.Errors);
    }

    [Fact]
    public async Task Unknown_media_type_is_415()
    {
        var response = await SendRawAsync("query { stats { releaseCount } }", "text/plain");

        Assert.Equal(415, response.Status);
        Assert.Contains("application/json", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_413_and_the_server_keeps_serving()
    {
        var huge = "{\"query\": \"" + new string(' ', 10 * 1024 * 1024) + "{ stats { releaseCount } }\"}";
        var response = await SendRawAsync(huge, "application/json");

        Assert.Equal(413, response.Status);
        Assert.Contains("limit", (string?)response.Errors![0]!["message"]);
        Assert.Equal(5, (int)(await api.DataAsync("{ stats { releaseCount } }"))["stats"]!["releaseCount"]!);
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await SendRawAsync("{\"variables\": {}}", "application/json");

        Assert.Equal(400, response.Status);
        Assert.Contains("no 'query'", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Batched_array_bodies_are_refused_clearly()
    {
        var response = await SendRawAsync("[{\"query\": \"{ stats { releaseCount } }\"}]", "application/json");

        Assert.Equal(400, response.Status);
        Assert.Contains("batches are not supported", (string?)response.Errors![0]!["message"]);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var client = api.CreateClient();
        using var response = await client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(ReleasesQuery));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/xml"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Resolver_failures_carry_no_stack_trace_outside_development()
    {
        var response = await api.PostAsync("{ releases(first: 1, after: \"bm90LWEtY3Vyc29y\") { totalCount } }");

        Assert.Equal(200, response.Status);
        var error = response.Errors![0]!.ToJsonString();
        Assert.Contains("BAD_USER_INPUT", error);
        Assert.DoesNotContain("   at ", error);
    }

    private async Task<GraphQLResponse> SendRawAsync(string body, string contentType)
    {
        using var client = api.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
