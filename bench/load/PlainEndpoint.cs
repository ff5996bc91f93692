using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// The yardstick: a minimal Kestrel app that answers a POST to /graphql with the exact bytes the GraphQL server
/// returned for the same body, from memory. It reads the body as GraphQL does, then only copies bytes, so the
/// ratio to it is what GraphQL costs beyond receiving a request and sending its answer.
/// </summary>
public sealed class PlainEndpoint : IAsyncDisposable
{
    private const string ContentType = "application/json; charset=utf-8";

    private readonly WebApplication _app;

    private PlainEndpoint(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where to POST, e.g. http://127.0.0.1:41234/graphql.</summary>
    public Uri Url { get; }

    /// <param name="answers">Request body (JSON text) → the response bytes to send for it.</param>
    public static async Task<PlainEndpoint> StartAsync(IReadOnlyDictionary<string, byte[]> answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var lookup = answers.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            if (!lookup.TryGetValue(body, out var bytes))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.ContentType = ContentType;
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PlainEndpoint(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
