using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Http;
using ScoGraphQL.Api.Limits;

namespace ScoGraphQL.Api.TrustedDocuments;

public static class TrustedDocumentEndpoints
{
    /// <summary>
    /// <c>POST {path}</c> with <c>X-Api-Key</c> and <c>{"query": "…"}</c> registers a trusted document at run time and
    /// answers 201 with its <c>documentId</c>. Registrations live in memory until the process stops; documents meant to
    /// last belong in TrustedDocuments/Documents/. 404 when no <c>Auth:ApiKey</c> is configured (the feature is off).
    /// </summary>
    public static IEndpointConventionBuilder MapTrustedDocuments(this IEndpointRouteBuilder endpoints, string path = "/graphql/documents") =>
        endpoints.MapPost(path, async (HttpContext http, TrustedDocumentStore store, IOptions<AuthOptions> auth,
            IOptions<LimitsOptions> limits, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrEmpty(auth.Value.ApiKey)) return Results.NotFound();
            if (!KeyMatches(http.Request.Headers["X-Api-Key"], auth.Value.ApiKey))
                return Results.Json(Error("A valid X-Api-Key header is required to register documents.", "UNAUTHENTICATED"), statusCode: 401);

            string? query;
            try
            {
                using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
                query = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String
                    ? q.GetString() : null;
            }
            catch (JsonException)
            {
                query = null;
            }
            if (string.IsNullOrWhiteSpace(query)) return Results.BadRequest(Error("Send {\"query\": \"…\"} as JSON.", "BAD_REQUEST"));
            // Checked as it will run (line breaks normalised), registered under the hash of the text as sent.
            var normalized = GraphQLExecution.NormalizeLineBreaks(query)!;
            if (DocumentPreflight.Check(normalized, limits.Value) is { } rejected) return Results.BadRequest(Error(rejected.Message, rejected.Code));
            try
            {
                Parser.Parse(normalized);
            }
            catch (GraphQLParserException e)
            {
                return Results.BadRequest(Error($"The document does not parse: {e.Message}", "GRAPHQL_PARSE_FAILED"));
            }
            return Results.Json(new Dictionary<string, string> { ["documentId"] = store.Register(query) }, statusCode: 201);
        });

    private static bool KeyMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static Dictionary<string, object> Error(string message, string? code) => new()
    {
        ["errors"] = new[] { new Dictionary<string, object?> { ["message"] = message, ["extensions"] = new Dictionary<string, string?> { ["code"] = code } } },
    };
}
