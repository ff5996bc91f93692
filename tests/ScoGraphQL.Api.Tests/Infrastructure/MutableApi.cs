using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// A server of its own (fresh database, seeded from <see cref="SeedPath"/>) with an API key configured, for
/// tests that write. <see cref="MutateAsync"/> sends the key unless told otherwise.
/// </summary>
public class MutableApi(string? seedPath = null, string? apiKey = MutableApi.TestApiKey, string environment = "Production") : ApiFactory
{
    public const string TestApiKey = "test-api-key-0123456789";

    public override string SeedPath => seedPath ?? base.SeedPath;

    protected override string Environment => environment;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:ApiKey", apiKey ?? "");
    }

    /// <summary>POSTs with <c>X-Api-Key: <paramref name="key"/></c> (no header when null).</summary>
    public async Task<GraphQLResponse> MutateAsync(string query, object? variables = null, string? key = MutableApi.TestApiKey, HttpClient? client = null)
    {
        var http = client ?? CreateClient();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
            if (key is not null) request.Headers.Add("X-Api-Key", key);
            using var response = await http.SendAsync(request);
            return await GraphQLResponse.ReadAsync(response);
        }
        finally
        {
            if (client is null) http.Dispose();
        }
    }

    /// <summary>Runs a mutation that must succeed: no GraphQL errors, an empty <c>errors</c> list in the payload. Returns the payload.</summary>
    public async Task<JsonNode> PayloadAsync(string field, string query, object? variables = null)
    {
        var response = await MutateAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        var payload = response.Data![field]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Unexpected payload errors: {payload["errors"]!.ToJsonString()}");
        return payload;
    }

    public async Task<int> ReleaseCountAsync() => (int)(await DataAsync("{ releases { totalCount } }"))["releases"]!["totalCount"]!;

    public async Task<int> EntityCountAsync() => (int)(await DataAsync("{ entities { totalCount } }"))["entities"]!["totalCount"]!;
}
