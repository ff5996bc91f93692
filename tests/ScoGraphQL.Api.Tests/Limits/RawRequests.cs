using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Limits;

/// <summary>Requests with bodies the typed helpers cannot build (huge, malformed, hand-written JSON), timed.</summary>
public static class RawRequests
{
    public static async Task<(GraphQLResponse Response, TimeSpan Elapsed)> PostJsonAsync(
        this WebApplicationFactory<Program> api, string json, string accept = "application/graphql-response+json")
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);
        return (body, watch.Elapsed);
    }

    public static async Task<(GraphQLResponse Response, TimeSpan Elapsed)> GetAsync(this WebApplicationFactory<Program> api, string pathAndQuery)
    {
        using var client = api.CreateClient();
        // Built before the clock starts: escaping a 5 MB URL is the client's time, not the server's.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(client.BaseAddress!, pathAndQuery));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);
        return (body, watch.Elapsed);
    }

    /// <summary>A JSON request body for <paramref name="query"/>, with <paramref name="variablesJson"/> verbatim.</summary>
    public static string Body(string query, string? variablesJson = null) =>
        $"{{\"query\": {System.Text.Json.JsonSerializer.Serialize(query)}{(variablesJson is null ? "" : $", \"variables\": {variablesJson}")}}}";

    public static string? Code(this GraphQLResponse response, int index = 0) => (string?)response.Errors?[index]?["extensions"]?["code"];
}
