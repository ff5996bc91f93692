using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ScoGraphQL.Api.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>Health and readiness, the request log and telemetry, CORS, and the OTLP exporter when an endpoint is configured.</summary>
    public static IServiceCollection AddScoOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GraphQLTelemetry>();
        services.AddSingleton<IReadinessCheck, StoreReadinessCheck>();

        services.AddOptions<CorsSettings>().Bind(configuration.GetSection(CorsSettings.Section))
            .PostConfigure<IHostEnvironment>((cors, host) =>
            {
                if (cors.Origins.Length == 0 && host.IsDevelopment()) cors.Origins = CorsSettings.DevelopmentOrigins;
            });
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.Value.Origins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key", "X-Debug-Stats")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        var telemetry = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = telemetry.Endpoint is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var collector = new Uri(endpoint);
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(telemetry.ServiceName))
                // ASP.NET Core's own HTTP spans and meters come for free alongside ours.
                .WithTracing(tracing => tracing.AddSource(GraphQLTelemetry.Name, "Microsoft.AspNetCore").AddOtlpExporter(o => o.Endpoint = collector))
                .WithMetrics(metrics => metrics.AddMeter(GraphQLTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                    .AddOtlpExporter(o => o.Endpoint = collector));
        }
        return services;
    }
}
