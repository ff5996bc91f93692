using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.Operations;

/// <summary>What one GraphQL request did, recorded once when it ends: span tags, metrics and a structured log line (see <see cref="RequestLog"/>).</summary>
public sealed class GraphQLRequestScope : IDisposable
{
    private readonly GraphQLTelemetry _telemetry;
    private readonly long _started;
    private readonly Activity? _activity;
    private int _status = StatusCodes.Status200OK;
    private bool _ended;

    internal GraphQLRequestScope(GraphQLTelemetry telemetry, string method)
    {
        _telemetry = telemetry;
        _started = telemetry.Time.GetTimestamp();
        _activity = GraphQLTelemetry.ActivitySource.StartActivity("graphql", ActivityKind.Internal);
        _activity?.SetTag("http.request.method", method);
    }

    public string? OperationName { get; set; }

    public string? DocumentId { get; set; }

    /// <summary>query, mutation or subscription; null when the request never got that far.</summary>
    public string? OperationType { get; private set; }

    public double? Cost { get; set; }

    public int ErrorCount { get; private set; }

    /// <summary>The first error's <c>extensions.code</c>: which check refused the request, when one did.</summary>
    public string? ErrorCode { get; private set; }

    public void Record(int status, ExecutionResult result)
    {
        _status = status;
        if (result.Operation is { } operation)
        {
            OperationType = operation.Operation switch
            {
                GraphQLParser.AST.OperationType.Mutation => "mutation",
                GraphQLParser.AST.OperationType.Subscription => "subscription",
                _ => "query",
            };
            OperationName ??= operation.Name?.StringValue;
        }
        ErrorCount = result.Errors?.Count ?? 0;
        ErrorCode = result.Errors is [var first, ..] ? first.Code : null;
    }

    public void Dispose()
    {
        if (_ended) return;
        _ended = true;
        var elapsed = _telemetry.Time.GetElapsedTime(_started).TotalMilliseconds;
        var type = OperationType ?? "unknown";

        var tags = new TagList { { "graphql.operation.type", type }, { "http.response.status_code", _status } };
        if (ErrorCode is not null) tags.Add("error.type", ErrorCode);
        _telemetry.Requests.Add(1, tags);
        _telemetry.Duration.Record(elapsed, tags);
        if (Cost is { } cost) _telemetry.Cost.Record(cost, new TagList { { "graphql.operation.type", type } });

        if (_activity is not null)
        {
            _activity.DisplayName = OperationName is null ? $"graphql {type}" : $"{type} {OperationName}";
            _activity.SetTag("graphql.operation.type", type);
            _activity.SetTag("graphql.operation.name", OperationName);
            _activity.SetTag("graphql.document.id", DocumentId);
            _activity.SetTag("graphql.operation.cost", Cost);
            _activity.SetTag("graphql.error.count", ErrorCount);
            _activity.SetTag("http.response.status_code", _status);
            if (ErrorCode is not null) _activity.SetTag("error.type", ErrorCode);
            if (_status >= 500) _activity.SetStatus(ActivityStatusCode.Error);
            _activity.Dispose();
        }

        // A request that failed or was refused is worth a line by default; the many that succeed are counted by the
        // metrics above, and a line each at Debug (writing them cost about a third of a small query's CPU time).
        var level = ErrorCount > 0 || _status >= StatusCodes.Status400BadRequest ? LogLevel.Information : LogLevel.Debug;
        RequestLog.Answered(_telemetry.Logger, level, type, OperationName ?? "(anonymous)", _status, elapsed, Cost, ErrorCount, ErrorCode);
    }
}

/// <summary>The request log line, source-generated: nothing is formatted or boxed when its level is off.</summary>
internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest",
        Message = "GraphQL {OperationType} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms; cost {Cost}, {ErrorCount} errors {ErrorCode}")]
    public static partial void Answered(ILogger logger, LogLevel level,
        string operationType, string operationName, int statusCode, double durationMs, double? cost, int errorCount, string? errorCode);
}
