using System.Diagnostics;
using ScoGraphQL.Bench.Faults.Fuzzing;
using ScoGraphQL.Bench.Faults.Kills;

namespace ScoGraphQL.Bench.Faults;

/// <summary>
/// Issue #7's fault tests, as one run: SIGKILL rounds over one database (<see cref="KillTest"/>), then a fuzzer
/// against a server over the seed corpus (<see cref="FuzzTest"/>). The command line and the smoke test both come
/// through <see cref="RunAsync"/>; the report says what passed and what did not.
/// </summary>
public static class FaultsBenchmark
{
    public static async Task<FaultsReport> RunAsync(FaultsOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("sco-faults-");
        try
        {
            log.WriteLine($"faults: seed {options.Seed}, {options.Kills} kills, {options.Requests:N0} fuzz requests, {options.Configuration} build");
            var clock = Stopwatch.StartNew();
            var kills = new KillTest(options, log);
            if (options.Kills > 0) await kills.RunAsync(Directory.CreateDirectory(Path.Combine(work.FullName, "kills")).FullName, cancellationToken);
            var killTime = clock.Elapsed;

            var fuzz = new FuzzTest(options, log);
            var offendingFolder = options.OutputFolder ?? Path.Combine(Path.GetTempPath(), "sco-faults-offending");
            if (options.Requests > 0) await fuzz.RunAsync(Directory.CreateDirectory(Path.Combine(work.FullName, "fuzz")).FullName, offendingFolder, cancellationToken);
            return new FaultsReport(options, kills, killTime, fuzz, clock.Elapsed);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
