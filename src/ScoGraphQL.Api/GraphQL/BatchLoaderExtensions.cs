using GraphQL.DataLoader;

namespace ScoGraphQL.Api.GraphQL;

public static class BatchLoaderExtensions
{
    /// <summary>Loads the key and maps the value once it arrives, keeping the result pending (so batching survives).</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>A lookup fetch (key → many) as a dictionary fetch for <see cref="BatchLoader{TKey,TValue}"/>.</summary>
    public static Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> Grouped<TKey, TValue>(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        async (keys, ct) =>
        {
            var lookup = await fetch(keys, ct);
            return keys.Distinct().ToDictionary(k => k, k => (IReadOnlyList<TValue>)lookup[k].ToList());
        };

    /// <summary>A value already at hand, for resolvers that sometimes have nothing to load.</summary>
    public static IDataLoaderResult<T> Completed<T>(T value) => new Done<T>(value);

    private sealed class Done<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
