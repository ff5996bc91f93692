using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>
/// The real API (its own Program, pipeline and services) on Kestrel at a free
/// 127.0.0.1 port, so a browser and other out-of-process clients can reach it.
/// Started on first use: when every e2e test is skipped no server starts.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private WebApplicationFactory<Program>? _factory;
    private Uri? _baseAddress;

    public async Task<Uri> GetBaseAddressAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_baseAddress is null)
            {
                _factory = new DevelopmentApi();
                _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
                _factory.StartServer();
                var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
                _baseAddress = new Uri(addresses.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
            }

            return _baseAddress;
        }
        finally
        {
            _startLock.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Development settings, but a temp database, never the developer's data/sco.db.</summary>
    private sealed class DevelopmentApi : Infrastructure.ApiFactory
    {
        protected override string Environment => "Development";
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _startLock.Dispose();
    }
}
