namespace ScoGraphQL.Api.Operations;

/// <summary><c>OpenTelemetry:*</c>: where traces and metrics go. Nothing is exported unless an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>OTLP collector, e.g. <c>http://otel-collector:4317</c>; falls back to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "ScoGraphQL";
}
