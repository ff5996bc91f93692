using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ScoGraphQL.Bench.Load;

/// <summary>Debian's wrk, driven by a Lua script that sets the POST body; its summary is parsed from standard output.</summary>
public sealed partial class Wrk : ILoadGenerator
{
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, "wrk")));

    public string Describe(LoadOptions options) => $"wrk -t{options.Threads} -c{options.Connections} -d{options.Duration.TotalSeconds:0}s --latency";

    public async Task<LoadResult> RunAsync(Uri url, string jsonBody, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var script = Path.Combine(Path.GetTempPath(), $"scographql-wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, LuaScript(jsonBody), cancellationToken);
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])[
                $"-t{options.Threads}", $"-c{options.Connections}", $"-d{Math.Max(1, (int)options.Duration.TotalSeconds)}s",
                "--latency", "--timeout", "10s", "-s", script, url.ToString()])
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(); // an interrupted run leaves no load running against stopped servers
                throw;
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await errors}");
            return Parse(await output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>The body goes in a Lua long string, which needs no escaping as long as its closing bracket is not in it.</summary>
    private static string LuaScript(string jsonBody) =>
        jsonBody.Contains("]==]", StringComparison.Ordinal)
            ? throw new ArgumentException("The body must not contain ']==]'", nameof(jsonBody))
            : $"wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [==[{jsonBody}]==]\n";

    /// <summary>Reads wrk's summary: "Requests/sec:", the --latency percentiles, socket errors and non-2xx answers.</summary>
    public static LoadResult Parse(string output)
    {
        var requests = long.Parse(Required(RequestsLine(), output, "requests in"), CultureInfo.InvariantCulture);
        var perSecond = double.Parse(Required(RequestsPerSecondLine(), output, "Requests/sec"), CultureInfo.InvariantCulture);
        var p50 = Milliseconds(Required(PercentileLine("50"), output, "50%"), output);
        var p99 = Milliseconds(Required(PercentileLine("99"), output, "99%"), output);
        var failures = 0L;
        if (NonSuccessLine().Match(output) is { Success: true } nonSuccess) failures += long.Parse(nonSuccess.Groups[1].Value, CultureInfo.InvariantCulture);
        if (SocketErrorsLine().Match(output) is { Success: true } socket)
            failures += Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture));
        return new LoadResult(requests, perSecond, p50, p99, failures);
    }

    private static string Required(Regex pattern, string output, string what) =>
        pattern.Match(output) is { Success: true } match ? match.Groups[1].Value : throw new FormatException($"wrk printed no '{what}':\n{output}");

    private static double Milliseconds(string value, string output)
    {
        var match = Duration().Match(value);
        if (!match.Success) throw new FormatException($"wrk printed a latency '{value}' this parser does not know:\n{output}");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"unknown unit in '{value}'"),
        };
    }

    private static Regex PercentileLine(string percentile) => new($@"^\s*{percentile}%\s+(\S+)\s*$", RegexOptions.Multiline);

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"^([\d.]+)(us|ms|s|m)$")]
    private static partial Regex Duration();
}
