using Microsoft.Extensions.Hosting;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// Tells when the app's service provider has been disposed. With minimal hosting, Program's own
/// <c>app.RunAsync()</c> disposes the host on its thread after <c>WebApplicationFactory.Dispose</c> has returned,
/// so a test that reopens the same database or index must wait for this. Registered first, so the provider
/// creates it first and disposes it last, after the store and the index.
/// </summary>
public sealed class HostDisposalProbe(TaskCompletionSource disposed, TaskCompletionSource started) : IHostedService, IDisposable
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        started.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => disposed.TrySetResult();
}
