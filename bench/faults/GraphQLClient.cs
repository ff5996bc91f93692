using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ScoGraphQL.Bench.Faults;

/// <summary>POSTs GraphQL to a running server and hands back the JSON; a response with errors is an exception.</summary>
public sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient _http;

    public GraphQLClient(Uri serverAddress, string? apiKey = null, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = serverAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (apiKey is not null) _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    /// <summary>The <c>data</c> of a successful response.</summary>
    /// <exception cref="GraphQLResponseException">The status was not 200 or the response has errors.</exception>
    /// <exception cref="HttpRequestException">The server did not answer (it may have been killed).</exception>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("graphql", new { query, variables }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = TryParse(text);
        if (!response.IsSuccessStatusCode || body?["errors"] is JsonArray { Count: > 0 } || body?["data"] is not JsonObject data)
            throw new GraphQLResponseException($"{(int)response.StatusCode} for {Shorten(query)}: {Shorten(text, 600)}");
        return data;
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text, int length = 120) =>
        text.Length <= length ? text : text[..length] + "…";

    public void Dispose() => _http.Dispose();
}

public sealed class GraphQLResponseException(string message) : Exception(message);
