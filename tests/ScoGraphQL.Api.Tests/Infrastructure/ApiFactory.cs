using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>
/// The real server in-process, over a fresh LiteDB file in a temp folder, seeded from <see cref="SeedPath"/>
/// (the repository's seeds unless a test supplies its own folder).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan DisposalTimeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder _data = new();
    private readonly TaskCompletionSource _hostStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _hostDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public virtual string SeedPath => TestPaths.Seeds;

    public string DatabasePath => _data.File("sco.db");

    protected virtual string Environment => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:Path", DatabasePath);
        builder.UseSetting("Seed:Path", SeedPath);
        builder.UseSetting("Seed:OnStartup", "true");
        builder.UseSetting("GraphQL:AllowDebugStats", "true");
        builder.ConfigureServices(services =>
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(_ => new HostDisposalProbe(_hostDisposed, _hostStarted))));
    }

    /// <summary>Returns once the app's services (LiteDB file, search index) are really closed.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_hostStarted.Task.IsCompleted) await _hostDisposed.Task.WaitAsync(DisposalTimeout);
    }

    /// <summary>POSTs a query and returns the status and parsed body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        request.Headers.Add("X-Debug-Stats", "1");
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>POSTs a query that must succeed, returning its <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (_hostStarted.Task.IsCompleted) _hostDisposed.Task.Wait(DisposalTimeout);
        _data.Dispose();
    }
}

public sealed record GraphQLResponse(int Status, string? ContentType, JsonNode? Body)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body;
        try { body = text.Length == 0 ? null : JsonNode.Parse(text); }
        catch (JsonException) { body = JsonValue.Create(text); }
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
