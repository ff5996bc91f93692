using System.Diagnostics;
using System.Text;

namespace ScoGraphQL.Bench.Common;

/// <summary>
/// The built API (src/ScoGraphQL.Api/bin/{configuration}) as a child process on a free 127.0.0.1 port, configured
/// through environment variables, for measurements in-process hosting cannot make: real sockets, RSS, start-up
/// time, and what survives a SIGKILL.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:43121/ (GraphQL is at graphql).</summary>
    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>From process start to the first successful answer to <c>{ __typename }</c>.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>
    /// Starts the API and waits until it answers. <paramref name="settings"/> are configuration keys in
    /// ASP.NET form ("Storage:Path"); Production environment, seeding off and the 127.0.0.1 URL are the defaults.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings,
        string configuration = "Release",
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var port = LocalPorts.Free();
        // Defaults first, so the caller's settings win.
        var all = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["Seed:OnStartup"] = "false" };
        foreach (var (key, value) in settings) all[key] = value;
        var start = ApiVerb.StartInfo(configuration, all);

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilServingAsync(timeout ?? TimeSpan.FromSeconds(120), cancellationToken);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        server.StartupTime = clock.Elapsed;
        return server;
    }

    /// <summary>Resident memory now, in bytes (VmRSS).</summary>
    public long ResidentBytes() => ProcStatus("VmRSS:");

    /// <summary>Peak resident memory since start, in bytes (VmHWM).</summary>
    public long PeakResidentBytes() => ProcStatus("VmHWM:");

    /// <summary>SIGKILL: no shutdown, no flush, no dispose.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private long ProcStatus(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            var kilobytes = line[field.Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"/proc/{_process.Id}/status has no {field}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
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
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"The server did not answer within {timeout.TotalSeconds:F0} s:\n{Output}");
    }
}
