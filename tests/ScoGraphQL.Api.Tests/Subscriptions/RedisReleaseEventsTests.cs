using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Subscriptions;
using StackExchange.Redis;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>The Redis-backed feed against a real redis-server: what replicas see of each other's changes.</summary>
public sealed class RedisReleaseEventsTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [RedisFact]
    public async Task A_change_published_on_one_replica_reaches_the_subscribers_of_every_replica_in_publishing_order()
    {
        var channel = RedisServer.NewChannel();
        using var a = await Replica.StartAsync(redis.Endpoint, channel);
        using var b = await Replica.StartAsync(redis.Endpoint, channel);
        var addedOnA = a.Watch(ReleaseChangeKind.Added);
        var addedOnB = b.Watch(ReleaseChangeKind.Added);
        var deletedOnA = a.Watch(ReleaseChangeKind.Deleted);

        foreach (var id in new[] { "one", "two", "three" }) b.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, id));
        b.Events.Publish(new ReleaseChange(ReleaseChangeKind.Deleted, "gone"));

        Assert.Equal(["one", "two", "three"], await addedOnA.TakeAsync(3));
        Assert.Equal(["one", "two", "three"], await addedOnB.TakeAsync(3)); // the publisher's own subscribers, through Redis too
        Assert.Equal(["gone"], await deletedOnA.TakeAsync(1));
        Assert.True((await new RedisReadinessCheck(a.Redis, a.Events).CheckAsync(CancellationToken.None)).Ready);
    }

    [RedisFact]
    public async Task Replicas_on_different_channels_do_not_see_each_other()
    {
        using var a = await Replica.StartAsync(redis.Endpoint, RedisServer.NewChannel());
        using var b = await Replica.StartAsync(redis.Endpoint, RedisServer.NewChannel());
        var addedOnA = a.Watch(ReleaseChangeKind.Added);

        b.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "elsewhere"));
        a.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "here"));

        Assert.Equal(["here"], await addedOnA.TakeAsync(1));
        Assert.True(addedOnA.IsQuietFor(TimeSpan.FromMilliseconds(200)));
    }

    [RedisFact]
    public async Task Malformed_messages_on_the_channel_are_logged_and_skipped_and_later_changes_still_arrive()
    {
        var channel = RedisServer.NewChannel();
        using var replica = await Replica.StartAsync(redis.Endpoint, channel);
        var added = replica.Watch(ReleaseChangeKind.Added);
        var publisher = replica.Redis.GetSubscriber();

        foreach (var junk in new[] { "not json", """{"kind":"renamed","id":"x"}""", """{"kind":"added"}""", """{"kind":1,"id":"x"}""", "null" })
            await publisher.PublishAsync(RedisChannel.Literal(channel), junk);
        replica.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "fine"));

        Assert.Equal(["fine"], await added.TakeAsync(1));
        Assert.Equal(5, replica.Log.Lines.Count(line => line.StartsWith("Warning: Ignored a message on Redis channel", StringComparison.Ordinal)));
        Assert.Contains(replica.Log.Lines, line => line.Contains("it has no release id", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task With_Redis_unreachable_publishing_returns_at_once_delivers_nothing_and_logs_the_lost_change()
    {
        using var replica = await Replica.StartAsync($"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500,asyncTimeout=3000", RedisServer.NewChannel(), waitForSubscription: false);
        var added = replica.Watch(ReleaseChangeKind.Added);
        replica.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "warm-up")); // first call pays for JIT

        var clock = Stopwatch.StartNew();
        replica.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "committed-meanwhile"));
        var publishing = clock.Elapsed;

        Assert.True(publishing < TimeSpan.FromMilliseconds(500), $"Publish took {publishing.TotalMilliseconds:F0} ms; it must not wait for Redis (timeout 3000 ms).");
        await replica.Log.WaitForAsync(line => line.Contains("release committed-meanwhile", StringComparison.Ordinal), Wait);
        Assert.True(added.IsQuietFor(TimeSpan.FromMilliseconds(100)));
        var readiness = await new RedisReadinessCheck(replica.Redis, replica.Events).CheckAsync(CancellationToken.None);
        Assert.False(readiness.Ready);
        Assert.Contains("not connected", readiness.Detail);
    }

    [RedisFact]
    public async Task After_the_connection_drops_the_replica_reconnects_logs_it_and_gets_changes_again()
    {
        var channel = RedisServer.NewChannel();
        using var replica = await Replica.StartAsync(redis.Endpoint, channel, clientName: channel);
        using var other = await Replica.StartAsync(redis.Endpoint, channel);
        var added = replica.Watch(ReleaseChangeKind.Added);

        await KillConnectionsNamedAsync(channel);
        await replica.Log.WaitForAsync(line => line.Contains("restored", StringComparison.Ordinal), Wait);
        // The subscription is renewed after the reconnect; publish until a change gets through.
        var deadline = Stopwatch.StartNew();
        List<string> received;
        do
        {
            other.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "after-reconnect"));
        }
        while (!added.TryTake(TimeSpan.FromMilliseconds(200), out received) && deadline.Elapsed < Wait);

        Assert.Equal(["after-reconnect"], received);
        Assert.Contains(replica.Log.Lines, line => line.StartsWith("Warning: Lost the Redis Subscription connection", StringComparison.Ordinal));
    }

    [RedisFact(needsBinary: true)]
    public async Task A_replica_started_while_Redis_is_down_subscribes_once_Redis_is_up()
    {
        var port = RedisServer.FreePort();
        var channel = RedisServer.NewChannel();
        using var replica = await Replica.StartAsync($"127.0.0.1:{port},connectTimeout=500,asyncTimeout=500", channel, waitForSubscription: false);
        var added = replica.Watch(ReleaseChangeKind.Added);
        await replica.Log.WaitForAsync(line => line.Contains("Could not subscribe", StringComparison.Ordinal), Wait);

        using var late = RedisServer.StartOn(port);
        await replica.Events.Subscribed.WaitAsync(TimeSpan.FromSeconds(30));
        replica.Events.Publish(new ReleaseChange(ReleaseChangeKind.Added, "first-after-start"));

        Assert.Equal(["first-after-start"], await added.TakeAsync(1));
    }

    private async Task KillConnectionsNamedAsync(string clientName)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Endpoint},allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints().Single());
        var killed = 0;
        foreach (var client in await server.ClientListAsync())
        {
            if (client.Name != clientName) continue;
            await server.ClientKillAsync(client.Address!);
            killed++;
        }
        Assert.True(killed > 0, $"No Redis client named {clientName} to disconnect.");
    }

    /// <summary>One replica's feed: its own Redis connection, local fan-out and log.</summary>
    private sealed class Replica : IDisposable
    {
        private readonly ILoggerFactory _logging;

        private Replica(ILoggerFactory logging, RecordingLoggerProvider log, ConnectionMultiplexer redis, RedisReleaseEvents events, ReleaseEvents local)
        {
            _logging = logging;
            Log = log;
            Redis = redis;
            Events = events;
            Local = local;
        }

        public RecordingLoggerProvider Log { get; }

        public ConnectionMultiplexer Redis { get; }

        public RedisReleaseEvents Events { get; }

        private ReleaseEvents Local { get; }

        public static async Task<Replica> StartAsync(string connectionString, string channel, bool waitForSubscription = true, string? clientName = null)
        {
            var log = new RecordingLoggerProvider();
            var logging = LoggerFactory.Create(builder => builder.AddProvider(log));
            if (clientName is not null) connectionString += $",name={clientName}";
            var redis = RedisConnection.Connect(connectionString, logging.CreateLogger(typeof(RedisConnection).FullName!));
            var local = new ReleaseEvents(Options.Create(new SubscriptionOptions()), NullLogger<ReleaseEvents>.Instance);
            var events = new RedisReleaseEvents(redis, local, Options.Create(new EventsOptions { Provider = "Redis", Channel = channel }),
                logging.CreateLogger<RedisReleaseEvents>());
            if (waitForSubscription) await events.Subscribed.WaitAsync(Wait);
            return new Replica(logging, log, redis, events, local);
        }

        public Watcher Watch(ReleaseChangeKind kind)
        {
            var watcher = new Watcher();
            Events.Of(kind).Subscribe(watcher);
            return watcher;
        }

        public void Dispose()
        {
            Events.Dispose();
            Local.Dispose();
            Redis.Dispose();
            _logging.Dispose();
        }
    }

    /// <summary>The release ids a subscriber received, in order.</summary>
    private sealed class Watcher : IObserver<ReleaseChange>
    {
        private readonly Channel<string> _ids = Channel.CreateUnbounded<string>();

        public void OnNext(ReleaseChange value) => _ids.Writer.TryWrite(value.ReleaseId);

        public void OnError(Exception error) => _ids.Writer.TryComplete(error);

        public void OnCompleted() => _ids.Writer.TryComplete();

        public async Task<List<string>> TakeAsync(int count)
        {
            var taken = new List<string>();
            using var timeout = new CancellationTokenSource(Wait);
            while (taken.Count < count)
            {
                try
                {
                    taken.Add(await _ids.Reader.ReadAsync(timeout.Token));
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"Only {taken.Count} of {count} changes arrived within {Wait.TotalSeconds} s: [{string.Join(", ", taken)}].");
                }
            }
            return taken;
        }

        public bool TryTake(TimeSpan wait, out List<string> taken)
        {
            taken = [];
            using var timeout = new CancellationTokenSource(wait);
            try
            {
                taken.Add(_ids.Reader.ReadAsync(timeout.Token).AsTask().GetAwaiter().GetResult());
            }
            catch (OperationCanceledException)
            {
            }
            return taken.Count > 0;
        }

        public bool IsQuietFor(TimeSpan wait) => !TryTake(wait, out _);
    }
}

/// <summary>Keeps every formatted log line ("Level: message"), for tests of what an operator would read.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(_lines);

    public async Task WaitForAsync(Func<string, bool> match, TimeSpan wait)
    {
        var deadline = Stopwatch.StartNew();
        while (!_lines.Any(match))
        {
            Assert.True(deadline.Elapsed < wait, $"No such log line within {wait.TotalSeconds} s. Logged:\n{string.Join("\n", _lines)}");
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
