using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// In-process release feed. Each subscriber has its own bounded buffer and its own pump, so a publisher
/// only ever does a non-blocking write per subscriber: a slow subscriber cannot hold up a write to the store
/// or the other subscribers. When a subscriber's buffer is full the OLDEST buffered change is dropped (and
/// logged): for a live feed the newest changes matter most, and a subscriber that far behind has to refetch
/// anyway. Disposing the bus (host shutdown) completes every subscription.
/// </summary>
public sealed class ReleaseEvents(IOptions<SubscriptionOptions> options, ILogger<ReleaseEvents> logger) : IReleaseEvents, IDisposable
{
    private readonly int _capacity = options.Value.EventBufferSize;
    private readonly ILogger _logger = logger;
    private readonly Lock _gate = new();
    // Copy-on-write, so Publish reads it without taking the lock.
    private Subscriber[] _subscribers = [];
    private bool _disposed;

    public void Publish(ReleaseChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            if (subscriber.Kind == change.Kind) subscriber.Offer(change);
        }
    }

    public IObservable<ReleaseChange> Of(ReleaseChangeKind kind) => new Feed(this, kind);

    /// <summary>How many subscriptions of <paramref name="kind"/> are live (diagnostics, and tests that must know a client is listening).</summary>
    public int SubscriberCount(ReleaseChangeKind kind) => Volatile.Read(ref _subscribers).Count(s => s.Kind == kind);

    public void Dispose()
    {
        Subscriber[] subscribers;
        lock (_gate)
        {
            _disposed = true;
            subscribers = _subscribers;
            _subscribers = [];
        }
        foreach (var subscriber in subscribers) subscriber.Complete();
    }

    private void Add(Subscriber subscriber)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _subscribers = [.. _subscribers, subscriber];
        }
    }

    private void Remove(Subscriber subscriber)
    {
        lock (_gate) _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
    }

    private sealed class Feed(ReleaseEvents bus, ReleaseChangeKind kind) : IObservable<ReleaseChange>
    {
        public IDisposable Subscribe(IObserver<ReleaseChange> observer)
        {
            ArgumentNullException.ThrowIfNull(observer);
            var subscriber = new Subscriber(bus, kind, observer);
            bus.Add(subscriber);
            subscriber.Start();
            return subscriber;
        }
    }

    private sealed class Subscriber : IDisposable
    {
        private readonly ReleaseEvents _bus;
        private readonly IObserver<ReleaseChange> _observer;
        private readonly Channel<ReleaseChange> _buffer;
        private readonly CancellationTokenSource _stop = new();
        private int _disposed;

        public Subscriber(ReleaseEvents bus, ReleaseChangeKind kind, IObserver<ReleaseChange> observer)
        {
            _bus = bus;
            _observer = observer;
            Kind = kind;
            _buffer = Channel.CreateBounded<ReleaseChange>(
                new BoundedChannelOptions(bus._capacity)
                {
                    FullMode = BoundedChannelFullMode.DropOldest,
                    SingleReader = true,
                },
                dropped => bus._logger.LogWarning(
                    "A {Kind} subscriber is {Capacity} changes behind; dropped the change to release {ReleaseId}",
                    kind, bus._capacity, dropped.ReleaseId));
        }

        public ReleaseChangeKind Kind { get; }

        public void Offer(ReleaseChange change) => _buffer.Writer.TryWrite(change);

        public void Start() => _ = Task.Run(PumpAsync);

        /// <summary>No more changes: the pump delivers what is buffered, then completes the observer.</summary>
        public void Complete() => _buffer.Writer.TryComplete();

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            _bus.Remove(this);
            // Cancel before completing the buffer, so the pump cannot take the completion for a normal end.
            _stop.Cancel();
            _buffer.Writer.TryComplete();
            _stop.Dispose();
        }

        private async Task PumpAsync()
        {
            CancellationToken stop;
            try
            {
                stop = _stop.Token;
            }
            catch (ObjectDisposedException)
            {
                return; // disposed before the pump started
            }
            try
            {
                await foreach (var change in _buffer.Reader.ReadAllAsync(stop))
                {
                    _observer.OnNext(change);
                }
                if (!stop.IsCancellationRequested && Volatile.Read(ref _disposed) == 0) _observer.OnCompleted();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // unsubscribed: an observer is not called after its subscription is disposed
            }
            catch (Exception e)
            {
                // An observer that throws must not take the pump's thread down silently, nor stay subscribed.
                _bus._logger.LogError(e, "A {Kind} subscriber failed; unsubscribing it", Kind);
                Dispose();
            }
        }
    }
}
