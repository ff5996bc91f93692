using System.Globalization;
using System.Text;
using ScoGraphQL.Bench.Faults.Fuzzing;
using ScoGraphQL.Bench.Faults.Kills;
using static System.FormattableString;

namespace ScoGraphQL.Bench.Faults;

/// <summary>What a faults run found, as figures and as the markdown summary bench/run prints.</summary>
public sealed class FaultsReport(FaultsOptions options, KillTest kills, TimeSpan killTime, FuzzTest fuzz, TimeSpan total)
{
    public IReadOnlyList<KillRound> Rounds => kills.Rounds;

    public FuzzTest Fuzz => fuzz;

    /// <summary>Every broken invariant: lost or half-written writes, index disagreements, 5xx, a dead server, memory that grew.</summary>
    public IReadOnlyList<string> Failures =>
    [
        .. kills.Failures,
        .. kills.Rounds.SelectMany(r => r.Failures.Select(f => $"kill {r.Number}: {f}")),
        .. fuzz.Offending,
        .. options.Requests > 0 && !fuzz.MemoryFlat ? [$"memory grew: {Mib(fuzz.AfterWarmUp!.ResidentBytes)} after warm-up, {Mib(fuzz.Memory[^1].ResidentBytes)} at the end"] : Array.Empty<string>(),
    ];

    public bool Passed => Failures.Count == 0;

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Faults (seed {options.Seed}, {options.Configuration} build, {total.TotalSeconds:F0} s): {(Passed ? "PASS" : $"FAIL, {Failures.Count} failures")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Replay: `dotnet run -c Release --project bench/faults -- --kills {options.Kills} --requests {options.Requests} --seed {options.Seed}`");
        md.AppendLine();
        if (kills.Rounds.Count > 0) AppendKills(md);
        if (options.Requests > 0) AppendFuzz(md);
        if (!Passed)
        {
            md.AppendLine("### Failures");
            md.AppendLine();
            foreach (var failure in Failures.Take(50)) md.AppendLine(CultureInfo.InvariantCulture, $"- {failure}");
            md.AppendLine();
        }
        return md.ToString();
    }

    private void AppendKills(StringBuilder md)
    {
        var rounds = kills.Rounds;
        md.AppendLine(CultureInfo.InvariantCulture, $"### SIGKILL rounds ({rounds.Count} kills in {killTime.TotalSeconds:F0} s)");
        md.AppendLine();
        md.AppendLine("| kill | writes | killed at | acknowledged | in flight | seed files stored | reopen | search index at reopen | releases | audit |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rounds)
        {
            md.AppendLine(
                Invariant($"| {r.Number} | {r.Kind} | {r.KillMoment} | {r.Acknowledged} | {r.InFlight} | {(r.SeedFilesStored is { } s ? $"{s}/{options.SeedFilesPerRound}" : "")} | ") +
                Invariant($"{(r.Reopen is { } t ? $"{t.TotalMilliseconds:N0} ms" : "")} | {r.IndexRepair} | {r.ReleasesAfter} | {(r.Failures.Count == 0 ? "ok" : $"{r.Failures.Count} failures")} |"));
        }
        var reopens = rounds.Where(r => r.Reopen is not null).Select(r => r.Reopen!.Value.TotalMilliseconds).Order().ToList();
        md.AppendLine();
        md.AppendLine(
            Invariant($"{rounds.Sum(r => r.Acknowledged)} acknowledged writes, all found after the reopens: {(kills.Failures.Count + rounds.Sum(r => r.Failures.Count) == 0 ? "yes" : "NO")}. ") +
            Invariant($"Reopen (process start to first answer, recovery and index repair included): median {Median(reopens):N0} ms, max {(reopens.Count == 0 ? 0 : reopens[^1]):N0} ms. ") +
            "Each audit reads every release, entity and search hit: releases whole, entities supported, mentions consistent, " +
            "the search index holding exactly the stored releases under their current words.");
        md.AppendLine();
    }

    private void AppendFuzz(StringBuilder md)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### Fuzzer ({fuzz.Sent:N0} requests in {fuzz.Elapsed.TotalSeconds:F0} s, {fuzz.Sent / Math.Max(fuzz.Elapsed.TotalSeconds, 0.001):N0}/s)");
        md.AppendLine();
        var fiveHundreds = fuzz.StatusCounts.Where(s => s.Key >= 500).Sum(s => s.Value);
        md.AppendLine(CultureInfo.InvariantCulture, $"5xx: {fiveHundreds}; requests not answered: {fuzz.Offending.Count(o => o.Contains("no answer", StringComparison.Ordinal))}; server alive at the end: {(fuzz.ServerAlive ? "yes" : "NO")}.");
        md.AppendLine();
        md.AppendLine("| status | requests |");
        md.AppendLine("|---|---|");
        foreach (var (status, count) in fuzz.StatusCounts.OrderBy(s => s.Key)) md.AppendLine(CultureInfo.InvariantCulture, $"| {status} | {count:N0} |");
        md.AppendLine();
        if (fuzz.Memory.Count > 1 && fuzz.AfterWarmUp is { } warm)
        {
            var end = fuzz.Memory[^1].ResidentBytes;
            md.AppendLine(
                Invariant($"RSS: start {Mib(fuzz.Memory[0].ResidentBytes)}, after warm-up ({warm.Requests:N0} requests, the first {FuzzTest.WarmUpShare:P0}) {Mib(warm.ResidentBytes)}, ") +
                Invariant($"max {Mib(fuzz.Memory.Max(m => m.ResidentBytes))}, end {Mib(end)} ({(end - warm.ResidentBytes) * 100.0 / warm.ResidentBytes:+0.0;-0.0}% after warm-up; ") +
                Invariant($"flat means at most +{FuzzTest.FlatGrowthAllowed:P0} or +{Mib(FuzzTest.FlatGrowthFloorBytes)}, whichever is more): {(fuzz.MemoryFlat ? "flat" : "GREW")}. ") +
                Invariant($"Slowest request: {fuzz.SlowestRequest.TotalMilliseconds:N0} ms (#{fuzz.SlowestRequestIndex})."));
            md.AppendLine();
        }
    }

    private static double Median(List<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F0} MiB");
}
