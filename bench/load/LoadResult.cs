namespace ScoGraphQL.Bench.Load;

/// <summary>What one load run saw: throughput, latency percentiles and every request that did not get a 2xx.</summary>
public sealed record LoadResult(long Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Failures)
{
    /// <summary>
    /// Simultaneous runs against several replicas as one: requests, req/s and failures add up; p99 is the worst
    /// replica's (no replica's tail is hidden); p50 is the per-replica medians weighted by each one's requests, since
    /// wrk gives percentiles, not histograms (exact when the replicas' distributions agree, which they should).
    /// </summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> simultaneous)
    {
        if (simultaneous.Count == 0) throw new ArgumentException("Nothing to merge", nameof(simultaneous));
        if (simultaneous.Count == 1) return simultaneous[0];
        var requests = simultaneous.Sum(r => r.Requests);
        var answered = simultaneous.Where(r => r.Requests > 0).ToList();
        var p50 = requests > 0 ? answered.Sum(r => r.P50Milliseconds * r.Requests) / requests : 0;
        var p99 = answered.Count > 0 ? answered.Max(r => r.P99Milliseconds) : 0;
        return new LoadResult(requests, simultaneous.Sum(r => r.RequestsPerSecond), p50, p99, simultaneous.Sum(r => r.Failures));
    }
}

/// <summary>Sends the same POST over and over from a fixed number of connections, each waiting for its answer.</summary>
public interface ILoadGenerator
{
    /// <summary>How the report names it, e.g. "wrk -t1 -c16 -d10s".</summary>
    string Describe(LoadOptions options);

    Task<LoadResult> RunAsync(Uri url, string jsonBody, LoadOptions options, CancellationToken cancellationToken = default);
}
