using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>The in-process feed: per-kind delivery, publishers that never wait, a bound per subscriber.</summary>
public sealed class ReleaseEventsTests
{
    private static ReleaseEvents Bus(int bufferSize = 256) =>
        new(Options.Create(new SubscriptionOptions { EventBufferSize = bufferSize }), NullLogger<ReleaseEvents>.Instance);

    [Fact]
    public async Task A_subscriber_gets_the_changes_of_its_kind_in_publishing_order()
    {
        using var bus = Bus();
        var added = new Recorder();
        using var _ = bus.Of(ReleaseChangeKind.Added).Subscribe(added);

        bus.Publish(new ReleaseChange(ReleaseChangeKind.Added, "a"));
        bus.Publish(new ReleaseChange(ReleaseChangeKind.Deleted, "x"));
        bus.Publish(new ReleaseChange(ReleaseChangeKind.Added, "b"));

        Assert.Equal(["a", "b"], await added.TakeAsync(2));
        Assert.True(added.IsQuietFor(TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task A_blocked_subscriber_neither_blocks_the_publisher_nor_the_other_subscribers()
    {
        using var bus = Bus();
        using var gate = new ManualResetEventSlim(false);
        var blocked = new Recorder(gate);
        var healthy = new Recorder();
        using var one = bus.Of(ReleaseChangeKind.Added).Subscribe(blocked);
        using var two = bus.Of(ReleaseChangeKind.Added).Subscribe(healthy);

        var publishing = Task.Run(() =>
        {
            for (var i = 0; i < 100; i++) bus.Publish(new ReleaseChange(ReleaseChangeKind.Added, $"r{i}"));
        });

        await publishing.WaitAsync(TimeSpan.FromSeconds(2)); // throws TimeoutException if publishing waited for the blocked subscriber
        Assert.Equal(100, (await healthy.TakeAsync(100)).Count);
        gate.Set();
        Assert.Equal(100, (await blocked.TakeAsync(100)).Count);
    }

    [Fact]
    public async Task A_subscriber_further_behind_than_the_buffer_loses_the_oldest_changes()
    {
        using var bus = Bus(bufferSize: 3);
        using var gate = new ManualResetEventSlim(false);
        var slow = new Recorder(gate);
        using var _ = bus.Of(ReleaseChangeKind.Updated).Subscribe(slow);

        bus.Publish(new ReleaseChange(ReleaseChangeKind.Updated, "first"));
        await slow.StartedAsync(); // the pump now holds "first" and waits on the gate
        foreach (var id in new[] { "2", "3", "4", "5", "6" }) bus.Publish(new ReleaseChange(ReleaseChangeKind.Updated, id));
        gate.Set();

        Assert.Equal(["first", "4", "5", "6"], await slow.TakeAsync(4));
    }

    [Fact]
    public void Disposing_a_subscription_stops_delivery_and_unsubscribes()
    {
        using var bus = Bus();
        var recorder = new Recorder();
        var subscription = bus.Of(ReleaseChangeKind.Deleted).Subscribe(recorder);
        Assert.Equal(1, bus.SubscriberCount(ReleaseChangeKind.Deleted));

        subscription.Dispose();
        bus.Publish(new ReleaseChange(ReleaseChangeKind.Deleted, "gone"));

        Assert.Equal(0, bus.SubscriberCount(ReleaseChangeKind.Deleted));
        Assert.True(recorder.IsQuietFor(TimeSpan.FromMilliseconds(100)));
        Assert.False(recorder.Completed.IsCompleted);
    }

    [Fact]
    public async Task Disposing_the_bus_completes_every_subscription()
    {
        var bus = Bus();
        var recorder = new Recorder();
        using var _ = bus.Of(ReleaseChangeKind.Added).Subscribe(recorder);

        bus.Dispose();

        await recorder.Completed.WaitAsync(TimeSpan.FromSeconds(2));
    }

    /// <summary>Records what it observes; with a gate, blocks in OnNext until the gate opens.</summary>
    private sealed class Recorder(ManualResetEventSlim? gate = null) : IObserver<ReleaseChange>
    {
        private readonly BlockingCollection<string> _seen = [];
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completed => _completed.Task;

        public Task StartedAsync() => _started.Task.WaitAsync(TimeSpan.FromSeconds(2));

        public void OnNext(ReleaseChange value)
        {
            _started.TrySetResult();
            gate?.Wait(TimeSpan.FromSeconds(10));
            _seen.Add(value.ReleaseId);
        }

        public void OnError(Exception error) => _completed.TrySetException(error);

        public void OnCompleted() => _completed.TrySetResult();

        public Task<List<string>> TakeAsync(int count) => Task.Run(() =>
        {
            var taken = new List<string>();
            while (taken.Count < count)
            {
                Assert.True(_seen.TryTake(out var id, TimeSpan.FromSeconds(5)), $"Only {taken.Count} of {count} changes arrived.");
                taken.Add(id!);
            }
            return taken;
        });

        public bool IsQuietFor(TimeSpan wait) => !_seen.TryTake(out _, wait);
    }
}
