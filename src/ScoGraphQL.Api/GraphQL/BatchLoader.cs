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
    private readonly Dictionary<TKey, Pending> _results = [];
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
            if (!_results.TryGetValue(key, out var pending))
            {
                pending = new Pending(this);
                _results.Add(key, pending);
                _queue.Add(key);
            }
            return pending;
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
                foreach (var key in keys) _results[key].Source.TrySetException(e);
            }
            return;
        }
        lock (_gate)
        {
            foreach (var key in keys) _results[key].Source.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }

    /// <remarks>
    /// One handle per key and request, shared by every field that loads the key (a page names the same organisation
    /// many times). Most handles find their value already there (an earlier handle of the level fetched it), so the
    /// common path returns the finished task itself rather than going through an async method (a state machine and
    /// a task each), and the executer's untyped view of it is made once per key.
    /// </remarks>
    public sealed class Pending : IDataLoaderResult<TValue?>
    {
        private readonly BatchLoader<TKey, TValue> _loader;
        private Task<object?>? _boxed;

        internal Pending(BatchLoader<TKey, TValue> loader) => _loader = loader;

        internal TaskCompletionSource<TValue?> Source { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var result = Source.Task;
            if (result.IsCompleted) return result;
            var dispatch = _loader.DispatchAsync(cancellationToken);
            return dispatch.IsCompletedSuccessfully ? result : AfterDispatchAsync(dispatch, result);
        }

        private static async Task<TValue?> AfterDispatchAsync(Task dispatch, Task<TValue?> result)
        {
            await dispatch;
            return await result;
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            if (_boxed is { } boxed) return boxed;
            var result = GetResultAsync(cancellationToken);
            if (!result.IsCompletedSuccessfully) return BoxAsync(result);
            // Benign race: two threads may each make one; both hold the same value.
            return _boxed = Task.FromResult<object?>(result.Result);
        }

        private static async Task<object?> BoxAsync(Task<TValue?> result) => await result;
    }

    private sealed class PendingMany(List<Pending> parts) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(parts.Count);
            var (index, pending) = Fill(values, cancellationToken);
            return pending is null ? Task.FromResult<IReadOnlyList<TValue>>(values) : RestAsync(values, index, pending, cancellationToken);
        }

        /// <summary>The executer's view: one task for the list when every part is there, not a typed one and its boxed copy.</summary>
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var values = new List<TValue>(parts.Count);
            var (index, pending) = Fill(values, cancellationToken);
            return pending is null ? Task.FromResult<object?>(values) : BoxAsync(RestAsync(values, index, pending, cancellationToken));
        }

        private static async Task<object?> BoxAsync(Task<IReadOnlyList<TValue>> values) => await values;

        /// <summary>The values of the parts that are there, up to the first that is not: its index and task, or null when all were.</summary>
        private (int Index, Task<TValue?>? Pending) Fill(List<TValue> values, CancellationToken cancellationToken)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i].GetResultAsync(cancellationToken);
                if (!part.IsCompletedSuccessfully) return (i, part);
                if (part.Result is { } value) values.Add(value);
            }
            return (parts.Count, null);
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
    }
}
