namespace ScoGraphQL.Bench.Corpus;

/// <summary>
/// A small deterministic random source (SplitMix64). Our own, so the same seed gives the same corpus on every
/// .NET version, and cheap to derive per release, so releases can be generated in parallel and still be reproducible.
/// </summary>
public sealed class Dice
{
    private ulong _state;

    public Dice(ulong seed) => _state = seed;

    /// <summary>A stream for one named purpose, independent of how many numbers other streams drew.</summary>
    public static Dice For(int seed, string purpose, long index = 0) => new(Mix((ulong)(uint)seed, Hash(purpose), (ulong)index));

    public static ulong Mix(params ulong[] parts)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts) h = Scramble(h ^ Scramble(part + 0x632BE59BD9B4E019UL));
        return h;
    }

    public static ulong Hash(string text)
    {
        var h = 1469598103934665603UL; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var c in text) h = (h ^ c) * 1099511628211UL;
        return h;
    }

    public ulong NextULong() => Scramble(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number in [0, max).</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return (int)(NextULong() % (ulong)max);
    }

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in a random order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var picked = new List<T>();
        while (picked.Count < count && pool.Count > 0)
        {
            var i = Next(pool.Count);
            picked.Add(pool[i]);
            pool.RemoveAt(i);
        }
        return picked;
    }

    private static ulong Scramble(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
