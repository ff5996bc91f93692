using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// A real Redis for the tests: the server named by SCOGRAPHQL_TEST_REDIS (host:port; .ci/run starts one) or else
/// a private <see cref="RedisProcess"/> (bench/common, which the load benchmark uses too) on a free 127.0.0.1 port, stopped with the fixture.
/// Tests sharing one server keep apart by using their own channel names (<see cref="NewChannel"/>).
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Variable = "SCOGRAPHQL_TEST_REDIS";

    private readonly Lazy<string> _endpoint;
    private RedisProcess? _process;

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
    public static string? Binary => RedisProcess.Binary;

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
        _process = RedisProcess.Start(port);
        return _process.Endpoint;
    }

    public void Dispose() => _process?.Dispose();

    public static int FreePort() => LocalPorts.Free();
}
