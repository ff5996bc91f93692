using Microsoft.Extensions.DependencyInjection;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// The services resolvers ask for, resolved once per request instead of once per field: every scoped lookup takes
/// the scope's lock, and a nested page made thousands of them (about a sixth of its CPU time). Keyed by the provider,
/// so a subscription event resolved in a scope of its own gets that scope's services, never the previous event's.
/// </summary>
/// <remarks>
/// Resolvers of one request may run on several threads at once. Two threads resolving the same service get the same
/// instance from the same scope, so a lost write only costs a second lookup; each provider change starts a new slot
/// array, never clearing one another thread reads.
/// </remarks>
public sealed class RequestServiceCache
{
    private static int _slotCount;
    private Resolved? _current;

    public T Get<T>(IServiceProvider services) where T : notnull
    {
        var slot = Slot<T>.Index;
        var current = Volatile.Read(ref _current);
        if (current is null || !ReferenceEquals(current.Services, services) || slot >= current.Instances.Length)
        {
            var instances = new object?[Math.Max(Volatile.Read(ref _slotCount), slot + 1)];
            if (current is not null && ReferenceEquals(current.Services, services)) current.Instances.CopyTo(instances, 0);
            current = new Resolved(services, instances);
            Volatile.Write(ref _current, current);
        }
        return (T)(current.Instances[slot] ??= services.GetRequiredService<T>());
    }

    private sealed record Resolved(IServiceProvider Services, object?[] Instances);

    /// <summary>One array index per service type, assigned on first use.</summary>
    private static class Slot<T>
    {
        public static readonly int Index = Interlocked.Increment(ref _slotCount) - 1;
    }
}
