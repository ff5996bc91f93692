using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A real Redis for the tests: the server named by SCOGRAPHQL_TEST_REDIS (host:port; .ci/run starts one) or else
/// a private <c>redis-server</c> on a free 127.0.0.1 port without persistence, stopped with the fixture.
/// Tests sharing one server keep apart by using their own channel names (<see cref="NewChannel"/>).
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Variable = "SCOGRAPHQL_TEST_REDIS";

    private readonly Lazy<string> _endpoint;
    private readonly StringBuilder _output = new();
    private Process? _process;

    // Started on first use, so a class whose tests are all skipped starts nothing.
    public RedisServer()
        : this(privatePort: null)
    {
    }

    private RedisServer(int? privatePort) => _endpoint = new Lazy<string>(() =>
        privatePort is null && Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : StartPrivate(privatePort ?? FreePort()));

    /// <summary>A private redis-server on <paramref name="port"/> now, whatever SCOGRAPHQL_TEST_REDIS says: for tests that decide when Redis comes up.</summary>
    public static RedisServer StartOn(int port)
    {
        var server = new RedisServer(port);
        _ = server.Endpoint;
        return server;
    }

    /// <summary>host:port, usable as <c>ConnectionStrings:Redis</c>.</summary>
    public string Endpoint => _endpoint.Value;

    /// <summary>The redis-server on PATH, or null.</summary>
    public static string? Binary { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "redis-server"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why no Redis can be had here, or null when one can.</summary>
    public static string? UnavailableReason =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || Binary is not null
            ? null
            : $"No Redis: set {Variable}=host:port or put redis-server on PATH (apt-get install redis-server); .ci/run does the latter.";

    /// <summary>A channel no other test uses.</summary>
    public static string NewChannel() => $"scographql-test:{Guid.NewGuid():N}";

    private string StartPrivate(int port)
    {
        Assert.True(Binary is not null, "redis-server is not on PATH (apt-get install redis-server).");
        var start = new ProcessStartInfo(Binary!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening(port);
        return $"127.0.0.1:{port}";
    }

    public void Dispose()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void WaitUntilListening(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_process!.HasExited)
            {
                lock (_output) Assert.Fail($"redis-server exited with {_process.ExitCode}:\n{_output}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(20);
            }
        }
        Assert.Fail($"redis-server did not listen on {port} within 10 s.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
