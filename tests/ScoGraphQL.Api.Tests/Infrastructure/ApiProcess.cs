using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// The built Api dll (in the test's own configuration) as a child process on a free 127.0.0.1 port, for what
/// in-process hosting cannot show: what survives when the process is killed outright, several replicas at once.
/// A thin test-side face of <see cref="ServerProcess"/>, which the benchmarks use too.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly ServerProcess _server;

    private ApiProcess(ServerProcess server) => _server = server;

    public Uri Address => _server.Address;

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output => _server.Output;

    /// <param name="settings">Further configuration ("Section:Key" = value), passed as environment variables.</param>
    public static async Task<ApiProcess> StartAsync(
        string databasePath, string apiKey, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, string> { ["Storage:Path"] = databasePath, ["Auth:ApiKey"] = apiKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        return new ApiProcess(await ServerProcess.StartAsync(all, TestConfiguration(), TimeSpan.FromSeconds(60), cancellationToken));
    }

    /// <summary>SIGKILL: no shutdown, no flush, no dispose.</summary>
    public void Kill() => _server.Kill();

    public void Dispose() => _server.Dispose();

    /// <summary>Debug or Release: the configuration this test assembly was built in, so the matching Api build runs.</summary>
    private static string TestConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
