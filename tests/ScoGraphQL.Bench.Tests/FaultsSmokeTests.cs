using ScoGraphQL.Bench.Faults;
using ScoGraphQL.Bench.Faults.Kills;
using ScoGraphQL.Bench.Faults.Fuzzing;
using Xunit.Abstractions;

namespace ScoGraphQL.Bench.Tests;

/// <summary>
/// bench/faults with tiny counts, against the API build this test project's own build made: one kill of each kind
/// (start-up seeding, mutations, the seed verb) and a few hundred fuzzed requests, with the full run's invariants.
/// </summary>
public sealed class FaultsSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kills_lose_no_acknowledged_write_and_fuzzed_requests_get_no_5xx()
    {
        var options = new FaultsOptions
        {
            Kills = 3,
            Requests = 500,
            Seed = 20261123,
            Configuration = TestBuild.Configuration,
            SeedFilesPerRound = 40,
            LongestStream = TimeSpan.FromSeconds(1.5),
            OutputFolder = Directory.CreateTempSubdirectory("sco-faults-smoke-").FullName,
        };
        using var log = new StringWriter();

        var report = await FaultsBenchmark.RunAsync(options, log);
        output.WriteLine(log.ToString());
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Passed, string.Join("\n", report.Failures));
        Assert.Equal([RoundKind.StartupSeeding, RoundKind.Mutations, RoundKind.SeedVerb], report.Rounds.Select(r => r.Kind));
        Assert.All(report.Rounds, round => Assert.NotNull(round.Reopen));
        Assert.True(report.Rounds.Sum(r => r.Acknowledged) > 0, "No write was acknowledged before a kill: the rounds proved nothing");
        Assert.Equal(500, report.Fuzz.Sent);
        Assert.DoesNotContain(report.Fuzz.StatusCounts.Keys, status => status >= 500);
        Assert.True(report.Fuzz.ServerAlive);
        Assert.True(report.Fuzz.MemoryFlat);
    }
}

public sealed class MemoryFlatnessTests
{
    private static bool Flat(long warmMib, long endMib)
    {
        var fuzz = new FuzzTest(new FaultsOptions { Requests = 100 }, TextWriter.Null);
        fuzz.Memory.AddRange([new MemorySample(0, 50L << 20), new MemorySample(20, warmMib << 20), new MemorySample(100, endMib << 20)]);
        return fuzz.MemoryFlat;
    }

    [Theory]
    [InlineData(100, 129, true)] // +29 % of a small server: within the 32 MiB floor
    [InlineData(100, 133, false)]
    [InlineData(240, 300, true)] // +25 % of a large one
    [InlineData(240, 302, false)]
    [InlineData(240, 200, true)]
    public void Memory_is_flat_within_a_quarter_or_32_MiB_whichever_is_more(long warmMib, long endMib, bool flat) =>
        Assert.Equal(flat, Flat(warmMib, endMib));
}
