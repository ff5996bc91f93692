using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ScoGraphQL.Api.Operations;

/// <summary>
/// The server's own traces, metrics and request log. One <see cref="GraphQLRequestScope"/> per GraphQL request gives an
/// activity (span) named after the operation, the metrics below, and one structured log line (at Information when
/// the request failed or was refused, else at Debug). Exporting them is
/// configured separately (<see cref="OperationsServiceCollectionExtensions"/>); without an exporter they cost next to nothing.
/// </summary>
public sealed class GraphQLTelemetry
{
    public const string Name = "ScoGraphQL";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly ILogger<GraphQLTelemetry> _logger;
    private readonly TimeProvider _time;

    public GraphQLTelemetry(IMeterFactory meters, ILogger<GraphQLTelemetry> logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
        var meter = meters.Create(Name);
        Requests = meter.CreateCounter<long>("graphql.server.requests", "{request}", "GraphQL requests by operation type, status and error code.");
        Duration = meter.CreateHistogram<double>("graphql.server.request.duration", "ms", "Time from reading the request to writing the response.");
        Cost = meter.CreateHistogram<double>("graphql.server.operation.cost", "{cost}", "Cost of accepted operations (see README, Limits).");
    }

    internal Counter<long> Requests { get; }

    internal Histogram<double> Duration { get; }

    internal Histogram<double> Cost { get; }

    internal ILogger Logger => _logger;

    internal TimeProvider Time => _time;

    /// <summary>Starts the span and the clock of one request; dispose the scope when the response is written.</summary>
    public GraphQLRequestScope Begin(HttpContext http) => new(this, http.Request.Method);
}
