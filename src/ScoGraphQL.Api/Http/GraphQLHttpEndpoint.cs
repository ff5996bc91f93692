using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Diagnostics;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Limits;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Api.TrustedDocuments;

namespace ScoGraphQL.Api.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec) on GraphQL.NET's executer: POST with JSON, GET with query
/// parameters for queries only, <c>application/graphql-response+json</c> when the client accepts it, and the
/// spec's status codes. Every rejection is a GraphQL-shaped JSON body that says what was wrong, and each limit
/// (see <see cref="LimitsOptions"/>) is checked before execution, the cheap ones here before anything is parsed.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    ResponseBodyWriter bodyWriter,
    IOptions<GraphQLEndpointOptions> options,
    IOptions<LimitsOptions> limits,
    TrustedDocumentStore trustedDocuments,
    GraphQLTelemetry telemetry,
    IHostEnvironment environment)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    public async Task HandleAsync(HttpContext http)
    {
        using var scope = telemetry.Begin(http);
        await HandleAsync(http, scope);
    }

    private async Task HandleAsync(HttpContext http, GraphQLRequestScope scope)
    {
        // The same URL serves the IDE to browsers and JSON to clients, so caches must key on Accept.
        http.Response.Headers.Vary = "Accept";
        var responseType = ResponseMediaType.Choose(http.Request.Headers.Accept);
        if (responseType is null)
        {
            await WriteErrorAsync(http, scope, StatusCodes.Status406NotAcceptable, JsonMediaType,
                $"None of the media types in the Accept header are served; accept {GraphQLResponseMediaType} or {JsonMediaType}.");
            return;
        }

        var (request, status, problem, code) = HttpMethods.IsPost(http.Request.Method) ? await ReadPostAsync(http)
            : HttpMethods.IsGet(http.Request.Method) ? ReadGet(http)
            : (null, StatusCodes.Status405MethodNotAllowed, "GraphQL requests use GET (queries) or POST.", null);
        if (request is null)
        {
            if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, scope, status, responseType, problem!, code);
            return;
        }
        scope.OperationName = request.OperationName;
        scope.DocumentId = request.DocumentId;
        request.Query = GraphQLExecution.NormalizeLineBreaks(request.Query);

        // Tokens and nesting, counted by the lexer before the parser sees the text; refused like a validation error.
        if (request.Query is not null && DocumentPreflight.Check(request.Query, limits.Value) is { } refused)
        {
            await WriteResultAsync(http, scope, responseType, new ExecutionResult { Errors = [refused] });
            return;
        }

        GraphQLDocument? document = null;
        if (HttpMethods.IsGet(http.Request.Method) && (request.Query ?? trustedDocuments.Find(request.DocumentId)) is { } text)
        {
            document = TryParse(text);
            if (document is not null && SelectedOperation(document, request.OperationName) is { Operation: not OperationType.Query } operation)
            {
                http.Response.Headers.Allow = "POST";
                await WriteErrorAsync(http, scope, StatusCodes.Status405MethodNotAllowed, responseType,
                    $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.");
                return;
            }
        }

        var calls = StorageCalls.Begin();
        var cost = new OperationCost();
        var result = await executer.ExecuteAsync(GraphQLExecution.Options(schema, request, http.RequestServices, http.User, cost, http.RequestAborted, document));

        if (result.Executed && cost.Requested is not null)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = cost.ToExtension();
            scope.Cost = cost.Requested;
        }

        if (WantsStats(http))
        {
            result.Extensions ??= [];
            result.Extensions["stats"] = new Dictionary<string, object?> { ["storageCalls"] = calls.Count };
        }

        await WriteResultAsync(http, scope, responseType, result);
    }

    /// <summary>
    /// With the new media type, a request that never executed (syntax, validation or limit error) is a 400;
    /// legacy application/json clients always get 200 for a well-formed request.
    /// </summary>
    private async Task WriteResultAsync(HttpContext http, GraphQLRequestScope scope, string responseType, ExecutionResult result)
    {
        var status = !result.Executed && responseType == GraphQLResponseMediaType ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        scope.Record(status, result);
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await bodyWriter.WriteAsync(http.Response, result, http.RequestAborted);
    }

    private async Task<(GraphQLRequest? Request, int Status, string? Problem, string? Code)> ReadPostAsync(HttpContext http)
    {
        if (!IsJson(http.Request.ContentType))
            return (null, StatusCodes.Status415UnsupportedMediaType,
                $"POST bodies must be {JsonMediaType}; the Content-Type was '{http.Request.ContentType ?? "(none)"}'.", null);
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit) return TooLarge(limit);

        using var buffer = new MemoryStream();
        // Pooled: a fresh 16 KB array per request was allocated and zeroed only to be thrown away.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return TooLarge(limit);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (buffer.Length == 0) return (null, StatusCodes.Status400BadRequest, "The request body is empty; send {\"query\": \"…\"}.", null);
        if (FirstNonSpace(bytes) != '{')
            return (null, StatusCodes.Status400BadRequest, "The request body must be a JSON object such as {\"query\": \"{ releases { totalCount } }\"}; batches are not supported.", null);
        if (JsonDepth.Exceeds(bytes, limits.Value.MaxJsonDepth)) return TooDeep();

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(buffer, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, StatusCodes.Status400BadRequest, $"The request body is not a valid GraphQL request: {e.Message}", null);
        }
        return Check(request);
    }

    private (GraphQLRequest? Request, int Status, string? Problem, string? Code) ReadGet(HttpContext http)
    {
        var query = http.Request.Query;
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.QueryString.Value?.Length > limit) return TooLarge(limit);
        if (JsonDepth.Exceeds(query["variables"].ToString(), limits.Value.MaxJsonDepth - 1)) return TooDeep(); // -1: no envelope
        try
        {
            var request = new GraphQLRequest
            {
                Query = Single(query, "query"),
                OperationName = Single(query, "operationName"),
                DocumentId = Single(query, "documentId"),
                Variables = Single(query, "variables") is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = Single(query, "extensions") is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
            return Check(request);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, StatusCodes.Status400BadRequest, $"The query parameters are not a valid GraphQL request: {e.Message}", null);
        }
    }

    private static (GraphQLRequest?, int, string?, string?) TooLarge(int limit) =>
        (null, StatusCodes.Status413PayloadTooLarge, $"The request is larger than the limit of {limit} bytes (GraphQL:MaxRequestBytes).", LimitCodes.RequestTooLarge);

    private (GraphQLRequest?, int, string?, string?) TooDeep() =>
        (null, StatusCodes.Status400BadRequest,
            $"The request's JSON nests deeper than {limits.Value.MaxJsonDepth} levels (GraphQL:Limits:MaxJsonDepth); flatten the variables.",
            LimitCodes.MaxJsonDepthExceeded);

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count > 1 ? throw new FormatException($"The parameter '{name}' is given more than once.") : values.FirstOrDefault();
    }

    private static (GraphQLRequest?, int, string?, string?) Check(GraphQLRequest? request) =>
        request is null || (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId))
            ? (null, StatusCodes.Status400BadRequest, "The request has no 'query' (or 'documentId').", null)
            : (request, StatusCodes.Status200OK, null, null);

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null; // the executer reports it, with location
        }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private bool WantsStats(HttpContext http) =>
        http.Request.Headers["X-Debug-Stats"] == "1" && (environment.IsDevelopment() || options.Value.AllowDebugStats);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static char FirstNonSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return (char)b;
        }
        return '\0';
    }

    private async Task WriteErrorAsync(HttpContext http, GraphQLRequestScope scope, int status, string mediaType, string message, string? code = null)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        scope.Record(status, result);
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await bodyWriter.WriteAsync(http.Response, result, http.RequestAborted);
    }
}
