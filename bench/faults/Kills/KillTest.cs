using System.Diagnostics;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Faults.Kills;

public enum RoundKind
{
    /// <summary>Clients write; the server is killed under them.</summary>
    Mutations,

    /// <summary>The server starts by seeding a new folder and is killed at a random moment: while seeding, or in the writes after.</summary>
    StartupSeeding,

    /// <summary>The <c>seed</c> verb loads a new folder as its own process and is killed at a random moment.</summary>
    SeedVerb,
}

/// <summary>One kill and what the next open found.</summary>
public sealed class KillRound(int number, RoundKind kind)
{
    public int Number { get; } = number;

    public RoundKind Kind { get; } = kind;

    /// <summary>When the kill came, e.g. "stream +812 ms", "seeding +2,310 ms".</summary>
    public string KillMoment { get; set; } = "";

    /// <summary>Writes the server (or a completed seeding) acknowledged in this round.</summary>
    public int Acknowledged { get; set; }

    /// <summary>Writes in flight at the kill: either outcome is allowed, never half of one.</summary>
    public int InFlight { get; set; }

    /// <summary>Seed files of this round found stored by the next audit (of <see cref="FaultsOptions.SeedFilesPerRound"/>).</summary>
    public int? SeedFilesStored { get; set; }

    /// <summary>The next open: process start to the first answer (LiteDB recovery, search index repair).</summary>
    public TimeSpan? Reopen { get; set; }

    /// <summary>What the search index repair at that open logged.</summary>
    public string IndexRepair { get; set; } = "";

    public int ReleasesAfter { get; set; }

    public List<string> Failures { get; } = [];
}

/// <summary>
/// SIGKILL rounds over one database: each round writes (mutations, start-up seeding or the seed verb) and is
/// killed at a seeded random moment; every open after a kill is audited (<see cref="StoreAudit"/>) before anything
/// writes again.
/// </summary>
public sealed class KillTest(FaultsOptions options, TextWriter log)
{
    private const string ApiKey = "faults-bench-key";
    private static readonly RoundKind[] Pattern = [RoundKind.StartupSeeding, RoundKind.Mutations, RoundKind.SeedVerb, RoundKind.Mutations];

    private static readonly TimeSpan FirstWriteTimeout = TimeSpan.FromSeconds(60);

    private readonly Random _random = new(options.Seed);
    private readonly Ledger _ledger = new();
    private readonly List<KillRound> _unaudited = [];
    private readonly Dictionary<KillRound, IReadOnlyList<TrackedRelease>> _seeded = [];
    private TimeSpan _plainStart = TimeSpan.FromSeconds(1.5);
    private double _seedMillisecondsPerFile = 25;

    public List<KillRound> Rounds { get; } = [];

    /// <summary>Failures of an audit that followed no kill (the first open).</summary>
    public List<string> Failures { get; } = [];

    public async Task RunAsync(string workFolder, CancellationToken cancellationToken)
    {
        var database = Path.Combine(workFolder, "sco.db");
        for (var number = 1; number <= options.Kills; number++)
        {
            var round = new KillRound(number, Pattern[(number - 1) % Pattern.Length]);
            Rounds.Add(round);
            switch (round.Kind)
            {
                case RoundKind.Mutations:
                    using (var server = await OpenAndAuditAsync(Settings(database), cancellationToken)) await StreamAndKillAsync(server, round, cancellationToken);
                    break;
                case RoundKind.StartupSeeding:
                    await StartupSeedingAsync(database, Path.Combine(workFolder, $"round{number:D2}"), round, cancellationToken);
                    break;
                case RoundKind.SeedVerb:
                    await SeedVerbAsync(database, Path.Combine(workFolder, $"round{number:D2}"), round);
                    break;
            }
            _unaudited.Add(round);
            log.WriteLine($"  kill {number}/{options.Kills} ({round.Kind}): {round.KillMoment}, {round.Acknowledged} acknowledged, {round.InFlight} in flight");
            foreach (var failure in round.Failures.Take(10)) log.WriteLine($"    FAIL {failure}");
        }
        using (await OpenAndAuditAsync(Settings(database), cancellationToken)) { } // the last kill's reopen: audited, then stopped
    }

    private Dictionary<string, string> Settings(string database, string? seedFolder = null) => new()
    {
        ["Storage:Path"] = database,
        ["Auth:ApiKey"] = ApiKey,
        ["Seed:OnStartup"] = seedFolder is null ? "false" : "true",
        ["Seed:Path"] = seedFolder ?? "",
    };

    /// <summary>Opens the database after a kill and audits it; the server is left running for the next writes.</summary>
    private async Task<ServerProcess> OpenAndAuditAsync(Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var server = await ServerProcess.StartAsync(settings, options.Configuration, cancellationToken: cancellationToken);
        _plainStart = server.StartupTime;
        await AuditAsync(server, cancellationToken);
        return server;
    }

    /// <summary>Checks the store a server opened against the ledger; the findings belong to the kills since the last audit.</summary>
    private async Task AuditAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        using var graphql = new GraphQLClient(server.Address);
        var audit = new StoreAudit(graphql, _ledger, _random);
        await audit.RunAsync(cancellationToken);
        (_unaudited.LastOrDefault()?.Failures ?? Failures).AddRange(audit.Failures);
        foreach (var round in _unaudited)
        {
            round.Reopen = server.StartupTime;
            round.IndexRepair = IndexRepairLine(server.Output);
            round.ReleasesAfter = audit.Releases;
            if (_seeded.TryGetValue(round, out var files)) round.SeedFilesStored = files.Count(f => !f.Allowed[0].IsAbsent);
        }
        log.WriteLine($"  audit: {audit.Releases} releases, {audit.Entities} entities, {audit.WordsSearched} words searched, {audit.Failures.Count} failures");
        foreach (var failure in audit.Failures.Take(10)) log.WriteLine($"    FAIL {failure}");
        _unaudited.Clear();
    }

    /// <summary>
    /// Writes until a random moment, counted from the first acknowledged write (the first writes of a fresh
    /// process pay for JIT and would otherwise swallow short rounds), then SIGKILL.
    /// </summary>
    private async Task StreamAndKillAsync(ServerProcess server, KillRound round, CancellationToken cancellationToken)
    {
        var stream = new MutationStream(_ledger, server.Address, ApiKey, $"r{round.Number}");
        var longest = (int)options.LongestStream.TotalMilliseconds;
        var killAfter = TimeSpan.FromMilliseconds(_random.Next(longest / 5, longest));
        var writing = stream.RunAsync(_random.Next(), cancellationToken);
        var warm = Stopwatch.StartNew();
        while (stream.Acknowledged == 0 && !writing.IsCompleted && warm.Elapsed < FirstWriteTimeout) await Task.Delay(5, cancellationToken);
        var clock = Stopwatch.StartNew();
        await Task.WhenAny(writing, Task.Delay(killAfter, cancellationToken));
        server.Kill();
        round.KillMoment += $"stream +{clock.ElapsedMilliseconds:N0} ms";
        await writing;
        round.Acknowledged += stream.Acknowledged;
        round.InFlight += stream.Unanswered;
        round.Failures.AddRange(stream.Problems);
    }

    private async Task StartupSeedingAsync(string database, string folder, KillRound round, CancellationToken cancellationToken)
    {
        _seeded[round] = SeedFolder.Write(folder, options.SeedFilesPerRound, _ledger, _random);
        var killAfter = SeedingKillMoment();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(killAfter);
        var clock = Stopwatch.StartNew();
        ServerProcess server;
        try
        {
            // Cancelling the start SIGKILLs the process: here, in the middle of start-up seeding.
            server = await ServerProcess.StartAsync(Settings(database, folder), options.Configuration, cancellationToken: deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            round.KillMoment = $"start-up seeding +{clock.ElapsedMilliseconds:N0} ms";
            round.InFlight = _seeded[round].Count;
            return;
        }
        using (server)
        {
            LearnSeedingSpeed(server.StartupTime);
            foreach (var file in _seeded[round]) _ledger.Acknowledge(file, file.Allowed.Single(o => !o.IsAbsent));
            round.Acknowledged = _seeded[round].Count;
            round.KillMoment = $"seeded in {server.StartupTime.TotalMilliseconds:N0} ms, then ";
            await AuditAsync(server, cancellationToken);
            await StreamAndKillAsync(server, round, cancellationToken);
        }
    }

    private async Task SeedVerbAsync(string database, string folder, KillRound round)
    {
        _seeded[round] = SeedFolder.Write(folder, options.SeedFilesPerRound, _ledger, _random);
        var killAfter = SeedingKillMoment();
        var clock = Stopwatch.StartNew();
        if (await SeedFolder.RunSeedVerbAsync(options.Configuration, Settings(database), folder, killAfter))
        {
            LearnSeedingSpeed(clock.Elapsed);
            foreach (var file in _seeded[round]) _ledger.Acknowledge(file, file.Allowed.Single(o => !o.IsAbsent));
            round.Acknowledged = _seeded[round].Count;
            round.KillMoment = $"seed verb completed in {clock.ElapsedMilliseconds:N0} ms, before the kill at +{killAfter.TotalMilliseconds:N0} ms";
        }
        else
        {
            round.KillMoment = $"seed verb +{clock.ElapsedMilliseconds:N0} ms";
            round.InFlight = _seeded[round].Count;
        }
    }

    /// <summary>From late start-up to just past the expected end of seeding, so some kills find it done.</summary>
    private TimeSpan SeedingKillMoment()
    {
        var expected = _plainStart.TotalMilliseconds + options.SeedFilesPerRound * _seedMillisecondsPerFile;
        return TimeSpan.FromMilliseconds(_random.Next((int)(_plainStart.TotalMilliseconds * 0.8), (int)(expected * 1.1)));
    }

    private void LearnSeedingSpeed(TimeSpan seedingRun) =>
        _seedMillisecondsPerFile = Math.Max(1, (seedingRun - _plainStart).TotalMilliseconds / options.SeedFilesPerRound);

    /// <summary>The search synchroniser's start-up line: in sync, or what it repaired.</summary>
    private static string IndexRepairLine(string output) =>
        output.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Search index", StringComparison.Ordinal)) ?? "";
}
