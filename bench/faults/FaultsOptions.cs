namespace ScoGraphQL.Bench.Faults;

/// <summary>What one faults run does. The defaults are the full run; the smoke test shrinks the counts.</summary>
public sealed record FaultsOptions
{
    /// <summary>SIGKILLs of the server (or of a seeding process), one per round.</summary>
    public int Kills { get; init; } = 20;

    /// <summary>Fuzzed HTTP requests sent to one server.</summary>
    public int Requests { get; init; } = 100_000;

    /// <summary>Seeds every random choice; printed so a failure can be replayed with --seed.</summary>
    public int Seed { get; init; } = Environment.TickCount & int.MaxValue;

    /// <summary>The API build to run (bench/run builds Release; the smoke test runs the Debug build its own build made).</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Seed files written for each seeding round: more than one 200-release batch, so a kill can fall between commits.</summary>
    public int SeedFilesPerRound { get; init; } = 260;

    /// <summary>A mutation stream is killed this long after it starts, at most (at least a fifth of it).</summary>
    public TimeSpan LongestStream { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Where offending fuzz requests are saved: next to the report, or in the temporary folder.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>--show-request N: write fuzz request number N of this seed to a file and run nothing, to replay it by hand.</summary>
    public int? ShowRequest { get; init; }

    /// <summary>--out FILE: the markdown report is also written there.</summary>
    public string? ReportFile { get; init; }

    public static FaultsOptions Parse(string[] args)
    {
        var options = new FaultsOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            options = args[i] switch
            {
                "--kills" => options with { Kills = Count("--kills", Value()) },
                "--requests" => options with { Requests = Count("--requests", Value()) },
                "--seed" => options with { Seed = Count("--seed", Value()) },
                "--configuration" => options with { Configuration = Value() },
                "--show-request" => options with { ShowRequest = Count("--show-request", Value()) },
                "--out" => Path.GetFullPath(Value()) is var report ? options with { ReportFile = report, OutputFolder = Path.GetDirectoryName(report) } : options,
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        return options;
    }

    private static int Count(string name, string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} must be a whole number, not '{text}'");
}
