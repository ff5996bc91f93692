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

    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var parts = new List<Pending>(keys.TryGetNonEnumeratedCount(out var count) ? count : 4);
        foreach (var key in keys) parts.Add(Load(key));
        return new PendingMany(parts);
    }

    public Pending Load(TKey key)
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

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_gate)
        {
            if (_queue.Count == 0) return;
            keys = _queue;
            _queue = [];
        }
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await fetch(keys, cancellationToken);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                foreach (var key in keys) _results[key].TrySetException(e);
            }
            return;
        }
        lock (_gate)
        {
            foreach (var key in keys) _results[key].TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }

    /// <remarks>
    /// Most handles find their value already there (an earlier handle of the level fetched it), so the common path
    /// returns the finished task itself rather than going through an async method (a state machine and a task each).
    /// </remarks>
    public sealed class Pending : IDataLoaderResult<TValue?>
    {
        private readonly BatchLoader<TKey, TValue> _loader;
        private readonly Task<TValue?> _result;

        internal Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> result)
        {
            _loader = loader;
            _result = result;
        }

        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (_result.IsCompleted) return _result;
            var dispatch = _loader.DispatchAsync(cancellationToken);
            return dispatch.IsCompletedSuccessfully ? _result : AfterDispatchAsync(dispatch);
        }

        private async Task<TValue?> AfterDispatchAsync(Task dispatch)
        {
            await dispatch;
            return await _result;
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var result = GetResultAsync(cancellationToken);
            return result.IsCompletedSuccessfully ? Task.FromResult<object?>(result.Result) : BoxAsync(result);
        }

        private static async Task<object?> BoxAsync(Task<TValue?> result) => await result;
    }

    private sealed class PendingMany(List<Pending> parts) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(parts.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i].GetResultAsync(cancellationToken);
                if (!part.IsCompletedSuccessfully) return RestAsync(values, i, part, cancellationToken);
                if (part.Result is { } value) values.Add(value);
            }
            return Task.FromResult<IReadOnlyList<TValue>>(values);
        }

        /// <summary>From the first part that was not there yet on, awaiting each.</summary>
        private async Task<IReadOnlyList<TValue>> RestAsync(List<TValue> values, int index, Task<TValue?> pending, CancellationToken cancellationToken)
        {
            if (await pending is { } first) values.Add(first);
            for (var i = index + 1; i < parts.Count; i++)
            {
                if (await parts[i].GetResultAsync(cancellationToken) is { } value) values.Add(value);
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
