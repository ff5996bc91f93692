using System.Globalization;
using System.Text;

namespace ScoGraphQL.Bench.Load;

/// <summary>The tables of one run, as BENCHMARKS.md quotes them, and the issue's targets checked against them.</summary>
public static class MarkdownReport
{
    private const double MiB = 1024 * 1024;

    /// <param name="setup">Provider and replicas, named in every heading: tables of several runs can then sit side by side.</param>
    public static string Write(string loadGenerator, StorageSetup setup, IReadOnlyList<SizeMeasurement> sizes)
    {
        var text = new StringBuilder();
        foreach (var size in sizes)
        {
            text.AppendLine(Invariant($"### Load over {size.Releases:N0} releases — {setup} ({loadGenerator}, 127.0.0.1)"));
            text.AppendLine();
            text.AppendLine("| query | req/s | p50 ms | p99 ms | plain req/s | plain p50 ms | plain p99 ms | ratio | server CPU µs/req | storage calls | bytes |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var q in size.Queries)
            {
                text.AppendLine(Invariant(
                    $"| ({q.Query.Key}) {q.Query.Name} | {q.GraphQL.RequestsPerSecond:N0} | {Latency(q.GraphQL, q.GraphQL.P50Milliseconds)} | {Latency(q.GraphQL, q.GraphQL.P99Milliseconds)} | {q.Plain.RequestsPerSecond:N0} | {Latency(q.Plain, q.Plain.P50Milliseconds)} | {Latency(q.Plain, q.Plain.P99Milliseconds)} | {q.Ratio:F2} | {q.GraphQLCpuPerRequest.TotalMicroseconds:N0} | {q.Answer.StorageCalls?.ToString(CultureInfo.InvariantCulture) ?? "?"} | {q.Answer.Body.Length:N0} |"));
            }
            var failures = size.Queries.Sum(q => q.GraphQL.Failures + q.Plain.Failures);
            if (size.Queries.Where(q => !q.PlainBytesIdentical).Select(q => q.Query.Key).ToList() is { Count: > 0 } differing)
                text.AppendLine().AppendLine($"**The plain endpoint's bytes differ from GraphQL's for ({string.Join("), (", differing)}): its ratio compares different answers.**");
            if (failures > 0) text.AppendLine().AppendLine(Invariant($"**{failures} requests failed (non-2xx or socket errors) during this load.**"));
            text.AppendLine().AppendLine(Invariant($"GraphQL warm-up before each figure ({WarmUp.Window.TotalSeconds:0} s windows, at least {WarmUp.MinDuration.TotalSeconds:0} s for a server's first query and {WarmUp.WarmServerMinDuration.TotalSeconds:0} s for later ones and the plain endpoint, and until the server CPU per request of {WarmUp.SettledWindows} in a row agrees within {WarmUp.Tolerance:P0}, at most {WarmUp.MaxDuration.TotalSeconds:0} s): ") +
                string.Join("; ", size.Queries.Select(q => $"({q.Query.Key}) {q.GraphQLWarmUp}")) + ".");
            text.AppendLine();
        }

        if (setup.Replicas > 1)
        {
            text.AppendLine(Invariant($"GraphQL columns over {setup.Replicas} replicas: req/s is the sum of the replicas' generators, run at the same time; p99 is the worst replica's; ") +
                "p50 is the replicas' medians weighted by their requests (wrk reports percentiles, not histograms). The plain endpoint is one process with all the connections.");
            text.AppendLine();
        }

        text.AppendLine(Invariant($"### Scaling — {setup}: the person page (b) and the nested list (c)"));
        text.AppendLine();
        text.AppendLine("| releases | (b) p50 ms | (b) p99 ms | (b) req/s | (b) calls | (c) p50 ms | (c) p99 ms | (c) req/s | (c) calls | start-up s | RSS MB | peak RSS MB | database MB |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var (b, c) = (size["b"], size["c"]);
            text.AppendLine(Invariant(
                $"| {size.Releases:N0} | {Latency(b.GraphQL, b.GraphQL.P50Milliseconds)} | {Latency(b.GraphQL, b.GraphQL.P99Milliseconds)} | {b.GraphQL.RequestsPerSecond:N0} | {b.Answer.StorageCalls} | {Latency(c.GraphQL, c.GraphQL.P50Milliseconds)} | {Latency(c.GraphQL, c.GraphQL.P99Milliseconds)} | {c.GraphQL.RequestsPerSecond:N0} | {c.Answer.StorageCalls} | {size.StartupTime.TotalSeconds:F2} | {size.ResidentBytes / MiB:F0} | {size.PeakResidentBytes / MiB:F0} | {size.DatabaseBytes / MiB:F0} |"));
        }
        text.AppendLine();
        text.AppendLine("Server CPU µs/req is the API process's CPU time during a run divided by the requests it answered: the figure least moved by other work on the machine.");
        text.AppendLine(setup.Replicas > 1
            ? "RSS is the largest replica's, measured after the load; start-up is the first replica's, from process start to the first answer, on the already seeded database. Server CPU adds up all replicas."
            : "RSS is measured after the load; start-up is from process start to the first answer, on the already seeded database.");
        text.AppendLine();

        text.AppendLine(Invariant($"### Seeding — {setup.Provider}: the seed verb, parse + extract + store + search index"));
        text.AppendLine();
        text.AppendLine("| releases | seeding s | releases/s |");
        text.AppendLine("|---:|---:|---:|");
        foreach (var size in sizes)
        {
            text.AppendLine(size.SeedingTime is { TotalSeconds: > 0 } seeding
                ? Invariant($"| {size.Releases:N0} | {seeding.TotalSeconds:F1} | {size.Releases / seeding.TotalSeconds:N0} |")
                : Invariant($"| {size.Releases:N0} | not recorded (cached before seeding times were kept) | |"));
        }
        text.AppendLine();
        text.AppendLine("A cached corpus reports the time it took when it was seeded, on whatever the machine was doing then.");
        text.AppendLine();

        var largest = sizes[^1];
        var small = largest["a"];
        text.AppendLine(Invariant($"### Targets (issue #7) — {setup}, at {largest.Releases:N0} releases"));
        text.AppendLine();
        text.AppendLine("| target | measured | met |");
        text.AppendLine("|---|---:|---|");
        Target(text, "(a) ≥ 15,000 req/s", Invariant($"{small.GraphQL.RequestsPerSecond:N0}"), small.GraphQL.RequestsPerSecond >= 15_000);
        Target(text, "(a) ≥ 0.5 of the plain endpoint", Invariant($"{small.Ratio:F2}"), small.Ratio >= 0.5);
        var nested = largest["c"].GraphQL;
        Target(text, "(c) p99 < 20 ms", nested.Requests > 0 ? Invariant($"{nested.P99Milliseconds:F2} ms") : "none answered", nested.Requests > 0 && nested.P99Milliseconds < 20);
        Target(text, "RSS < 300 MB", Invariant($"{largest.PeakResidentBytes / MiB:F0} MB peak"), largest.PeakResidentBytes < 300 * MiB);
        Target(text, "start-up to first answer < 1.5 s", Invariant($"{largest.StartupTime.TotalSeconds:F2} s"), largest.StartupTime.TotalSeconds < 1.5);
        if (largest.Releases < 100_000) text.AppendLine().AppendLine("(The RSS target is stated for 100,000 releases; this run's largest corpus is smaller.)");
        return text.ToString();
    }

    /// <summary>A run in which no request completed has no latency, not a latency of zero.</summary>
    private static string Latency(LoadResult result, double milliseconds) =>
        result.Requests > 0 ? milliseconds.ToString("F2", CultureInfo.InvariantCulture) : "none answered";

    private static void Target(StringBuilder text, string target, string measured, bool met) =>
        text.AppendLine($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
