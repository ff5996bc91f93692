using GraphQL.DataLoader;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// A per-request batch loader. <see cref="Load"/> only queues the key and returns a pending handle; GraphQL.NET
/// resolves all pending handles of one execution level after the level's resolvers ran, and the first one to be
/// awaited fetches every queued key in a single storage call. Resolvers must return the handle (not await it),
/// or batching is lost. Values are cached for the request, so a key is fetched once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _results = [];
    private List<TKey> _queue = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                result = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _results.Add(key, result);
                _queue.Add(key);
            }
            return new Pending(this, result.Task);
        }
    }

    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) =>
        new PendingMany(keys.Select(Load).ToList());

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_gate)
        {
            if (_queue.Count == 0) return;
            keys = _queue;
            _queue = [];
        }
        try
        {
            var values = await fetch(keys, cancellationToken);
            foreach (var key in keys) Complete(key, values.TryGetValue(key, out var value) ? value : default);
        }
        catch (Exception e)
        {
            foreach (var key in keys) Fail(key, e);
        }
    }

    private void Complete(TKey key, TValue? value)
    {
        lock (_gate) _results[key].TrySetResult(value);
    }

    private void Fail(TKey key, Exception error)
    {
        lock (_gate) _results[key].TrySetException(error);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> result) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await loader.DispatchAsync(cancellationToken);
            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class PendingMany(IReadOnlyList<IDataLoaderResult<TValue?>> parts) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(parts.Count);
            foreach (var part in parts)
            {
                if (await part.GetResultAsync(cancellationToken) is { } value) values.Add(value);
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
