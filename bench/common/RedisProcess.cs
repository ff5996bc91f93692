using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScoGraphQL.Bench.Common;

/// <summary>
/// A private <c>redis-server</c> on a 127.0.0.1 port, without persistence, killed on dispose: the pub/sub that
/// replicas share for release events (Events:Provider=Redis), for benchmarks and tests.
/// </summary>
public sealed class RedisProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RedisProcess(Process process, int port)
    {
        _process = process;
        Endpoint = $"127.0.0.1:{port}";
    }

    /// <summary>host:port, usable as <c>ConnectionStrings:Redis</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The redis-server on PATH, or null.</summary>
    public static string? Binary { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "redis-server"))
        .FirstOrDefault(File.Exists);

    /// <summary>Starts redis-server on <paramref name="port"/> (a free one when null) and waits until it accepts connections.</summary>
    public static RedisProcess Start(int? port = null)
    {
        var binary = Binary ?? throw new InvalidOperationException("redis-server is not on PATH (apt-get install redis-server).");
        var chosen = port ?? LocalPorts.Free();
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        var redis = new RedisProcess(Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start"), chosen);
        redis._process.OutputDataReceived += (_, e) => redis.Append(e.Data);
        redis._process.ErrorDataReceived += (_, e) => redis.Append(e.Data);
        redis._process.BeginOutputReadLine();
        redis._process.BeginErrorReadLine();
        try
        {
            redis.WaitUntilListening(chosen);
        }
        catch
        {
            redis.Dispose();
            throw;
        }
        return redis;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private void WaitUntilListening(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_process.HasExited)
            {
                lock (_output) throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}:\n{_output}");
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
        throw new TimeoutException($"redis-server did not listen on {port} within 10 s.");
    }
}
