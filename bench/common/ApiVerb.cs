using System.Diagnostics;

namespace ScoGraphQL.Bench.Common;

/// <summary>The built Api as its own process: a command-line verb (<c>seed --from DIR</c> …), or the server without one.</summary>
public static class ApiVerb
{
    /// <summary>
    /// What the Dockerfile sets for the server that runtimeconfig.json cannot carry: the runtime reads these from the
    /// environment only (System.GC.Gen0Size in runtimeconfig.json is ignored, measured). Every benchmark's server gets
    /// them, so it is measured as deployed; a value in this process's own environment wins, to measure another.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DeployedEnvironment { get; } = new Dictionary<string, string>
    {
        // A 32 MB gen0 budget: fewer collections of the requests in flight (bench/README.md, round 10).
        ["DOTNET_GCgen0size"] = "0x2000000",
    };

    /// <summary>Starts the verb with output redirected; <paramref name="settings"/> ("Section:Key" = value) go in as environment variables.</summary>
    public static Process Start(string configuration, IReadOnlyDictionary<string, string> settings, params string[] arguments) =>
        Process.Start(StartInfo(configuration, settings, arguments)) ?? throw new InvalidOperationException("dotnet did not start");

    /// <summary>How to start it, in the Production environment unless <paramref name="settings"/> say otherwise.</summary>
    public static ProcessStartInfo StartInfo(string configuration, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var dll = RepositoryPaths.ApiDll(configuration);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in DeployedEnvironment) start.Environment.TryAdd(key, value);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return start;
    }
}
