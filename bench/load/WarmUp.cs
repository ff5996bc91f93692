using System.Globalization;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// Load before a measurement until the server has settled: short windows back to back until the last
/// <see cref="SettledWindows"/> agree within <see cref="Tolerance"/>, at most <see cref="MaxDuration"/>. A fixed
/// warm-up was too short for the API: under load on two shared cores .NET keeps compiling hot methods again
/// (optimised, then with profile data) for 20 s or more, and a figure taken before that measured the compiler.
/// Agreeing windows alone were not enough either: before tiering starts, CPU per request sits flat at its tier-0 level
/// for up to 16 s (the runtime waits for a pause in compilation that steady load seldom gives), so windows are only
/// compared after <see cref="MinDuration"/>.
/// </summary>
public static class WarmUp
{
    /// <summary>How close the settled windows' figures must be: (largest − smallest) / largest.</summary>
    public const double Tolerance = 0.10;

    public const int SettledWindows = 3;

    /// <summary>Windows this long, or the run's own duration when that is shorter (smoke runs).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>Load at least this long before comparing windows on a server's first query (runs shorter than a window: none).</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The floor for a later query on a server already warmed by an earlier one, and for the plain endpoint (the same few
    /// methods for every query): the shared pipeline is compiled by then, so agreeing windows are enough after a short floor.
    /// </summary>
    public static readonly TimeSpan WarmServerMinDuration = TimeSpan.FromSeconds(6);

    /// <summary>Stop here even if the windows still disagree (a noisy machine): the report says so.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    /// <param name="window">One load window with the given options (their Duration is the window's), returning the figure that must settle.</param>
    /// <param name="unit">What the figure is, for the report ("µs CPU/req").</param>
    /// <param name="warmServer">The server already answered an earlier query under load: <see cref="WarmServerMinDuration"/> is the floor.</param>
    public static async Task<WarmUpResult> RunAsync(Func<LoadOptions, Task<double>> window, LoadOptions options, string unit, bool warmServer = false)
    {
        // Smoke runs (shorter than a window) warm up for a few of their own lengths, not a minute.
        var (length, floor, limit) = options.Duration < Window
            ? (options.Duration, TimeSpan.Zero, options.Duration * 6)
            : (Window, warmServer ? WarmServerMinDuration : MinDuration, MaxDuration);
        var figures = new List<double>();
        var elapsed = TimeSpan.Zero;
        while (true)
        {
            figures.Add(await window(options with { Duration = length }));
            elapsed += length;
            var settled = elapsed >= floor && figures.Count >= SettledWindows && Agree(figures[^SettledWindows..]);
            if (settled || elapsed + length > limit) return new WarmUpResult(elapsed, figures, unit, settled);
        }
    }

    private static bool Agree(IReadOnlyCollection<double> figures) =>
        figures.Max() > 0 && figures.Max() - figures.Min() <= Tolerance * figures.Max();
}

/// <param name="Settled">False when it stopped at the limit with the last windows still further apart than the tolerance.</param>
public sealed record WarmUpResult(TimeSpan Duration, IReadOnlyList<double> Figures, string Unit, bool Settled)
{
    public override string ToString() =>
        $"{Duration.TotalSeconds:0} s{(Settled ? "" : " (not settled)")}: {string.Join(", ", Figures.Select(f => f.ToString("N0", CultureInfo.InvariantCulture)))} {Unit}";
}
