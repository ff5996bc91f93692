using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ScoGraphQL.Bench.Load;

/// <summary>One answer as a client sees it, captured before the load: the bytes the plain endpoint will send back.</summary>
public sealed record CapturedAnswer(int StatusCode, byte[] Body, bool HasData, int ErrorCount, int? StorageCalls)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>Single requests to a server, outside the load: what it answers, and how many storage calls that took.</summary>
public sealed class GraphQLProbe(Uri graphQLUrl) : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The answer's exact bytes, and (asked again with <c>X-Debug-Stats: 1</c>) its storage calls.</summary>
    public async Task<CapturedAnswer> CaptureAsync(string jsonBody, CancellationToken cancellationToken = default)
    {
        var (status, body) = await PostAsync(jsonBody, debugStats: false, cancellationToken);
        var answer = Parse(body);
        var (_, withStats) = await PostAsync(jsonBody, debugStats: true, cancellationToken);
        var calls = Parse(withStats)?["extensions"]?["stats"]?["storageCalls"]?.GetValue<int>();
        return new CapturedAnswer(status, body, answer?["data"] is JsonObject, (answer?["errors"] as JsonArray)?.Count ?? 0, calls);
    }

    /// <summary>Sends the body and returns the raw answer bytes, for comparing the plain endpoint with GraphQL.</summary>
    public async Task<byte[]> PostBytesAsync(string jsonBody, CancellationToken cancellationToken = default) =>
        (await PostAsync(jsonBody, debugStats: false, cancellationToken)).Body;

    public async Task<JsonNode?> DataAsync(string query, CancellationToken cancellationToken = default)
    {
        var (status, body) = await PostAsync(new JsonObject { ["query"] = query }.ToJsonString(), debugStats: false, cancellationToken);
        var answer = Parse(body);
        return status == 200 && answer?["errors"] is null
            ? answer?["data"]
            : throw new InvalidOperationException($"{query} answered {status}: {Encoding.UTF8.GetString(body)}");
    }

    private async Task<(int Status, byte[] Body)> PostAsync(string jsonBody, bool debugStats, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graphQLUrl)
        {
            Content = new StringContent(jsonBody, new MediaTypeHeaderValue("application/json")),
        };
        if (debugStats) request.Headers.Add("X-Debug-Stats", "1");
        using var response = await _client.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    private static JsonNode? Parse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _client.Dispose();
}
