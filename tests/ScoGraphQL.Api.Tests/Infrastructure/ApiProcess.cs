using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// The built Api dll as a child process on a free 127.0.0.1 port, for what in-process hosting cannot show:
/// what survives when the process is killed outright, and several servers sharing one database and event stream.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="settings">Further configuration ("Section:Key" = value), passed as environment variables.</param>
    public static async Task<ApiProcess> StartAsync(
        string databasePath, string apiKey, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var dll = ApiDll();
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Path"] = databasePath;
        start.Environment["Seed__OnStartup"] = "false";
        start.Environment["Auth__ApiKey"] = apiKey;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilServingAsync(cancellationToken);
        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no dispose.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await client.GetAsync("graphql?query=%7B__typename%7D", cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"The server did not answer within 60 s:\n{Output}");
    }

    /// <summary>The Api project's own build output, in the test's configuration.</summary>
    private static string ApiDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testBin.Name, testBin.Parent!.Name);
        var dll = Path.Combine(TestPaths.RepoRoot, "src", "ScoGraphQL.Api", "bin", configuration, framework, "ScoGraphQL.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the Api first (the test project's build does).", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
