using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// Runs tests/ws/subscribe.mjs (the real graphql-ws npm client) and reads its JSON lines. Installs the
/// locked packages with <c>npm ci</c> the first time when node_modules is missing.
/// </summary>
public sealed class NodeClient : IAsyncDisposable
{
    private static readonly SemaphoreSlim Install = new(1, 1);
    private readonly Process _process;
    private readonly Channel<JsonObject> _lines = Channel.CreateUnbounded<JsonObject>();
    private readonly List<string> _stderr = [];

    private NodeClient(Process process) => _process = process;

    public static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "ws");

    /// <summary>The node executable on PATH, or null.</summary>
    public static string? NodePath { get; } = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");

    public static bool OnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static async Task<NodeClient> StartAsync(params string[] arguments)
    {
        Assert.True(NodePath is not null, "node is not on PATH; CI must install Node.js 20+ for the graphql-ws client test.");
        await EnsurePackagesAsync();
        var start = new ProcessStartInfo(NodePath!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("subscribe.mjs");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var client = new NodeClient(Process.Start(start)!);
        client._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) client._lines.Writer.TryComplete();
            else if (e.Data.StartsWith('{')) client._lines.Writer.TryWrite(JsonNode.Parse(e.Data)!.AsObject());
        };
        client._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (client._stderr) client._stderr.Add(e.Data);
        };
        client._process.BeginOutputReadLine();
        client._process.BeginErrorReadLine();
        return client;
    }

    /// <summary>The next line the script printed; fails with its stderr if it ends or stays silent.</summary>
    public async Task<JsonObject> NextLineAsync(TimeSpan wait)
    {
        var line = await TryNextLineAsync(wait);
        Assert.True(line is not null, $"subscribe.mjs printed nothing within {wait.TotalSeconds} s. stderr: {Stderr}");
        return line;
    }

    /// <summary>The next line the script printed, or null if it prints none within <paramref name="wait"/>; fails if it ends.</summary>
    public async Task<JsonObject?> TryNextLineAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            if (await _lines.Reader.WaitToReadAsync(timeout.Token) && _lines.Reader.TryRead(out var line)) return line;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        Assert.Fail($"subscribe.mjs ended (exit {(_process.HasExited ? _process.ExitCode : -1)}). stderr: {Stderr}");
        return null;
    }

    public async Task<int> ExitCodeAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private string Stderr
    {
        get { lock (_stderr) return string.Join("\n", _stderr); }
    }

    private static async Task EnsurePackagesAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-ws"))) return;
            var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
            Assert.True(npm is not null, "npm is not on PATH; run 'npm ci' in tests/ws.");
            using var process = Process.Start(new ProcessStartInfo(npm!, "ci --no-audit --no-fund")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"npm ci in tests/ws failed: {await stderr}");
        }
        finally
        {
            Install.Release();
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
