using System.Collections.Concurrent;
using System.Diagnostics;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Faults.Fuzzing;

/// <summary>A resident-memory reading after so many requests.</summary>
public sealed record MemorySample(long Requests, long ResidentBytes);

/// <summary>
/// Sends generated requests (<see cref="RequestGenerator"/>) from a few concurrent clients to one server over the
/// seed corpus, counting status codes, saving every request answered with a 5xx or not answered at all, and
/// reading the server's resident memory at regular intervals.
/// </summary>
public sealed class FuzzTest(FaultsOptions options, TextWriter log)
{
    public const string ApiKey = "fuzz-bench-key";
    private const int Clients = 4;

    /// <summary>The share of the run that warms the server up (JIT, caches, GC heaps) before memory must stay flat.</summary>
    public const double WarmUpShare = 0.2;

    /// <summary>"Flat": the last reading is at most this much above the reading after warm-up …</summary>
    public const double FlatGrowthAllowed = 0.25;

    /// <summary>
    /// … or at most this many bytes, whichever is more: a short run (the CI smoke test's 500 requests) ends while the
    /// GC is still sizing its heaps, and +25 % of a 100 MiB server is within that noise (a CI run failed at +29 %).
    /// </summary>
    public const long FlatGrowthFloorBytes = 32L << 20;

    public static long GrowthAllowed(long warmBytes) => Math.Max((long)(warmBytes * FlatGrowthAllowed), FlatGrowthFloorBytes);

    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentDictionary<string, (int Count, double Milliseconds)> _timeByRecipe = new();
    private long _sent;

    public IReadOnlyDictionary<int, int> StatusCounts => _statuses;

    public List<MemorySample> Memory { get; } = [];

    /// <summary>Requests answered 5xx or not at all, each saved to a file, with why.</summary>
    public List<string> Offending { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    public TimeSpan SlowestRequest { get; private set; }

    public long SlowestRequestIndex { get; private set; }

    public bool ServerAlive { get; private set; }

    public long Sent => Interlocked.Read(ref _sent);

    public MemorySample? AfterWarmUp => Memory.FirstOrDefault(m => m.Requests >= options.Requests * WarmUpShare);

    public bool MemoryFlat => AfterWarmUp is not { } warm || Memory[^1].ResidentBytes - warm.ResidentBytes <= GrowthAllowed(warm.ResidentBytes);

    public async Task RunAsync(string workFolder, string offendingFolder, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Path"] = Path.Combine(workFolder, "fuzz.db"),
            ["Auth:ApiKey"] = ApiKey,
            ["Seed:OnStartup"] = "true",
            ["Seed:Path"] = Path.Combine(RepositoryPaths.Root, "seeds"),
        };
        using var server = await ServerProcess.StartAsync(settings, options.Configuration, cancellationToken: cancellationToken);
        var interval = Math.Max(options.Requests / 20, 25);
        Memory.Add(new MemorySample(0, server.ResidentBytes()));
        var clock = Stopwatch.StartNew();
        var next = -1L;
        var slowestLock = new Lock();

        async Task ClientAsync()
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            long index;
            while ((index = Interlocked.Increment(ref next)) < options.Requests && !cancellationToken.IsCancellationRequested)
            {
                var request = RequestGenerator.Create(options.Seed, index);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var message = request.ToMessage(ApiKey);
                    using var response = await http.SendAsync(message, cancellationToken);
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                    var status = (int)response.StatusCode;
                    _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    if (status >= 500) Offend(request, $"HTTP {status}: {Shorten(await response.Content.ReadAsStringAsync(cancellationToken))}", offendingFolder);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Offend(request, $"no answer: {e.GetType().Name}: {e.Message}", offendingFolder);
                    if (server.HasExited) return;
                }
                var elapsed = Stopwatch.GetElapsedTime(started);
                _timeByRecipe.AddOrUpdate(request.Recipe, (1, elapsed.TotalMilliseconds), (_, t) => (t.Count + 1, t.Milliseconds + elapsed.TotalMilliseconds));
                lock (slowestLock)
                {
                    if (elapsed > SlowestRequest) (SlowestRequest, SlowestRequestIndex) = (elapsed, index);
                }
                var sent = Interlocked.Increment(ref _sent);
                if (sent % interval == 0 && !server.HasExited)
                {
                    lock (Memory) Memory.Add(new MemorySample(sent, server.ResidentBytes()));
                    log.WriteLine($"  fuzz: {sent:N0} requests, RSS {server.ResidentBytes() / 1048576.0:F0} MiB");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(ClientAsync, cancellationToken)));
        Elapsed = clock.Elapsed;
        foreach (var (recipe, (count, milliseconds)) in _timeByRecipe.OrderByDescending(r => r.Value.Milliseconds).Take(8))
            log.WriteLine($"  fuzz time: {recipe}: {count} requests, {milliseconds / count:F1} ms each, {milliseconds / 1000:F0} s in all");
        ServerAlive = !server.HasExited && await AnswersHealthCheckAsync(server.Address);
        if (!ServerAlive) Offending.Add($"the server is not alive after the fuzz run:\n{server.Output[^Math.Min(server.Output.Length, 4000)..]}");
        lock (Memory) Memory.Sort((a, b) => a.Requests.CompareTo(b.Requests));
    }

    private void Offend(FuzzRequest request, string why, string folder)
    {
        var file = request.SaveTo(folder, why);
        lock (Offending) Offending.Add($"request {request.Index} ({request.Recipe}): {why} (saved to {file})");
    }

    private static async Task<bool> AnswersHealthCheckAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            return (await http.GetAsync("healthz")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
