using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Operations;

public sealed class TelemetryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_duration_and_cost_at_debug()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = new ConfiguredApi(new Dictionary<string, string?> { [$"Logging:LogLevel:{typeof(GraphQLTelemetry).FullName}"] = "Debug" },
            configure: web => web.ConfigureServices(services => services.AddLogging(l => l.AddProvider(logs))));

        await PostAsync(factory, "query LoggedOne { releases(first: 2) { nodes { title } } }");

        var line = Assert.Single(logs.Entries, e => e.Category == typeof(GraphQLTelemetry).FullName && e.State.Any(kv => kv.Value as string == "LoggedOne"));
        Assert.Equal(LogLevel.Debug, line.Level);
        var fields = line.State.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("query", fields["OperationType"]);
        Assert.Equal(200, fields["StatusCode"]);
        Assert.Equal(4d, fields["Cost"]); // releases 1 + nodes 1 + 2 × title 1
        Assert.True((double)fields["DurationMs"]! >= 0);
        Assert.Equal(0, fields["ErrorCount"]);
    }

    [Fact]
    public async Task By_default_only_failed_or_refused_requests_are_logged()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = new ConfiguredApi(new Dictionary<string, string?>(), configure: web =>
            web.ConfigureServices(services => services.AddLogging(l => l.AddProvider(logs))));

        await PostAsync(factory, "query Answered { releases(first: 2) { nodes { title } } }");
        await PostAsync(factory, "query Refused { releases(first: 2) { nodes { noSuchField } } }");

        var requestLines = logs.Entries.Where(e => e.Category == typeof(GraphQLTelemetry).FullName).ToList();
        var line = Assert.Single(requestLines);
        Assert.Equal(LogLevel.Information, line.Level);
        var fields = line.State.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(1, fields["ErrorCount"]); // the refused one: the answered one went to Debug, which is off
    }

    private static async Task PostAsync(ConfiguredApi factory, string query)
    {
        using var client = factory.CreateClient();
        using var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
        using var _ = await client.PostAsync("/graphql", body);
    }

    [Fact]
    public async Task Each_operation_is_an_activity_named_after_it_with_its_cost()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await api.PostAsync("query TracedOne { stats { releaseCount } }");

        var activity = Assert.Single(activities, a => a.DisplayName == "query TracedOne");
        Assert.Equal("TracedOne", activity.GetTagItem("graphql.operation.name"));
        Assert.Equal(2d, activity.GetTagItem("graphql.operation.cost"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public void The_otlp_exporter_is_registered_only_when_an_endpoint_is_configured()
    {
        using var exporting = new ConfiguredApi(new Dictionary<string, string?> { ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:4317" });

        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        Assert.NotNull(exporting.Services.GetService<MeterProvider>());
        Assert.Null(api.Services.GetService<TracerProvider>());
    }

    private sealed record Entry(string Category, LogLevel Level, IReadOnlyList<KeyValuePair<string, object?>> State);

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (state is IReadOnlyList<KeyValuePair<string, object?>> fields) entries.Enqueue(new Entry(category, logLevel, fields));
            }
        }
    }
}
