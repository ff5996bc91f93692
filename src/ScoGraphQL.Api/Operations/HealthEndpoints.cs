namespace ScoGraphQL.Api.Operations;

public static class HealthEndpoints
{
    /// <summary>How long /readyz waits for all checks before it answers 503.</summary>
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>/healthz</c>: 200 while the process serves HTTP (liveness; restart when it fails).
    /// <c>/readyz</c>: 200 when every <see cref="IReadinessCheck"/> passes, else 503 naming the failing ones (take out of rotation).
    /// </summary>
    public static IEndpointRouteBuilder MapScoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new Dictionary<string, string> { ["status"] = "up" });
        });

        endpoints.MapGet("/readyz", async (HttpContext http, IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ReadinessTimeout);
            var results = await Task.WhenAll(checks.Select(async check => (check.Name, Result: await RunAsync(check, timeout.Token))));
            var ready = results.All(r => r.Result.Ready);
            var body = new Dictionary<string, object>
            {
                ["status"] = ready ? "ready" : "not ready",
                ["checks"] = results.ToDictionary(r => r.Name, r => (object)new Dictionary<string, object?> { ["ready"] = r.Result.Ready, ["detail"] = r.Result.Detail }),
            };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static async Task<ReadinessResult> RunAsync(IReadinessCheck check, CancellationToken cancellationToken)
    {
        try
        {
            return await check.CheckAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ReadinessResult.No($"no answer within {ReadinessTimeout.TotalSeconds:0} s");
        }
    }
}
