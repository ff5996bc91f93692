namespace ScoGraphQL.Bench.Load;

/// <summary>What one load run saw: throughput, latency percentiles and every request that did not get a 2xx.</summary>
public sealed record LoadResult(long Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Failures);

/// <summary>Sends the same POST over and over from a fixed number of connections, each waiting for its answer.</summary>
public interface ILoadGenerator
{
    /// <summary>How the report names it, e.g. "wrk -t1 -c16 -d10s".</summary>
    string Describe(LoadOptions options);

    Task<LoadResult> RunAsync(Uri url, string jsonBody, LoadOptions options, CancellationToken cancellationToken = default);
}
