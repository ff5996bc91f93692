using System.Diagnostics;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// The API processes of one measurement: one, or several over the same database with their release events on one
/// Redis channel (the setup README "Running several replicas" recommends), each on its own port. Load is split
/// over them evenly and run on all at once, as a round-robin proxy would spread it, without a proxy to measure.
/// </summary>
public sealed class ReplicaSet : IDisposable
{
    private readonly List<ServerProcess> _servers;

    private ReplicaSet(List<ServerProcess> servers) => _servers = servers;

    public ServerProcess First => _servers[0];

    public int Count => _servers.Count;

    /// <summary>
    /// Starts <paramref name="count"/> servers one after the other (the first applies migrations; on two cores,
    /// starting together would only slow each other down). With more than one, <paramref name="redisEndpoint"/> is required.
    /// </summary>
    public static async Task<ReplicaSet> StartAsync(
        IReadOnlyDictionary<string, string> settings, int count, string? redisEndpoint, string configuration, CancellationToken cancellationToken)
    {
        var shared = new Dictionary<string, string>(settings);
        if (count > 1)
        {
            shared["Events:Provider"] = "Redis";
            shared["ConnectionStrings:Redis"] = redisEndpoint ?? throw new ArgumentNullException(nameof(redisEndpoint), "Replicas share their events through Redis.");
            shared["Events:Channel"] = $"scographql-bench:{Guid.NewGuid():N}"; // another run on the same Redis hears nothing of this one
        }
        var servers = new List<ServerProcess>();
        try
        {
            for (var i = 0; i < count; i++) servers.Add(await ServerProcess.StartAsync(shared, configuration, cancellationToken: cancellationToken));
        }
        catch
        {
            servers.ForEach(s => s.Dispose());
            throw;
        }
        return new ReplicaSet(servers);
    }

    /// <summary>
    /// One generator per replica at the same time, the connections split evenly (the first ones get the remainder),
    /// merged by <see cref="LoadResult.Merge"/>; and the CPU time all replicas used during it.
    /// </summary>
    public async Task<(LoadResult Result, TimeSpan ServerCpu)> RunAsync(
        ILoadGenerator generator, string path, string jsonBody, LoadOptions options, CancellationToken cancellationToken)
    {
        var processes = _servers.Select(s => Process.GetProcessById(s.Id)).ToList();
        try
        {
            var before = processes.Sum(p => p.TotalProcessorTime.Ticks);
            var runs = _servers.Select((server, i) =>
            {
                var connections = options.Connections / Count + (i < options.Connections % Count ? 1 : 0);
                var share = options with { Connections = connections, Threads = Math.Min(options.Threads, connections) };
                return generator.RunAsync(new Uri(server.Address, path), jsonBody, share, cancellationToken);
            }).ToList();
            var results = await Task.WhenAll(runs);
            processes.ForEach(p => p.Refresh());
            var cpu = TimeSpan.FromTicks(processes.Sum(p => p.TotalProcessorTime.Ticks) - before);
            return (LoadResult.Merge(results), cpu);
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }
    }

    /// <summary>The largest resident set of any replica now, and the largest peak: each process's memory, as the RSS target means it.</summary>
    public (long Resident, long Peak) LargestMemory() =>
        (_servers.Max(s => s.ResidentBytes()), _servers.Max(s => s.PeakResidentBytes()));

    public void Dispose() => _servers.ForEach(s => s.Dispose());
}
