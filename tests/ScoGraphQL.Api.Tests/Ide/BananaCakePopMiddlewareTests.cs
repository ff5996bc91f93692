using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using ScoGraphQL.Api.Ide;

namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>
/// The IDE middleware in front of a stand-in GraphQL endpoint: it must claim
/// only browser page loads, its config and its files, and leave every other
/// request at /graphql to the endpoint.
/// </summary>
public sealed class BananaCakePopMiddlewareTests : IDisposable
{
    private const string EndpointAnswer = "graphql endpoint";
    private readonly string _filesDirectory = Directory.CreateTempSubdirectory("bcp-files-").FullName;

    public BananaCakePopMiddlewareTests()
    {
        // A miniature of the package: the real index.html also has <head> and relative asset URLs.
        File.WriteAllText(Path.Combine(_filesDirectory, "index.html"),
            "<!doctype html><html><head><script defer src=\"static/js/main.js\"></script></head><body><div id=\"root\"></div></body></html>");
        Directory.CreateDirectory(Path.Combine(_filesDirectory, "static", "js"));
        File.WriteAllText(Path.Combine(_filesDirectory, "static", "js", "main.js"), "console.log('bcp')");
    }

    public void Dispose() => Directory.Delete(_filesDirectory, recursive: true);

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Browser_page_load_gets_the_ide_with_a_base_href_under_the_path(string url)
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory);

        var response = await Send(app, HttpMethod.Get, url, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<head><base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Contains("static/js/main.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_href_includes_the_path_base()
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory, pathBase: "/api");

        var html = await (await Send(app, HttpMethod.Get, "/api/graphql", "text/html")).Content.ReadAsStringAsync();

        Assert.Contains("<base href=\"/api/graphql/\"/>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/graphql", "application/json")]
    [InlineData("GET", "/graphql", "application/graphql-response+json")]
    [InlineData("GET", "/graphql", "*/*")]
    [InlineData("GET", "/graphql", null)]
    [InlineData("GET", "/graphql?query=%7B__typename%7D", "text/html")]
    [InlineData("POST", "/graphql", "text/html")]
    [InlineData("GET", "/graphql", "text/html;q=0, application/json")]
    public async Task Requests_that_are_not_page_loads_reach_the_graphql_endpoint(string method, string url, string? accept)
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory);

        var response = await Send(app, new HttpMethod(method), url, accept);

        Assert.Equal(EndpointAnswer, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebSocket_upgrades_reach_the_graphql_endpoint_even_from_a_browser()
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");

        var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(EndpointAnswer, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Config_makes_the_ide_use_the_page_url_as_its_endpoint()
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory);

        var response = await Send(app, HttpMethod.Get, "/graphql/bcp-config.json", "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("ScoGraphQL", config.RootElement.GetProperty("title").GetString());
        // Unset options stay out, so the IDE keeps its own defaults.
        Assert.False(config.RootElement.TryGetProperty("endpoint", out _));
        Assert.False(config.RootElement.TryGetProperty("subscriptionProtocol", out _));
    }

    [Theory]
    [InlineData("https://api.example.org/graphql", false)]
    [InlineData("/graphql", true)]
    [InlineData("../graphql", true)]
    public async Task Only_an_absolute_http_endpoint_stops_the_ide_following_the_page_url(string endpoint, bool followsPageUrl)
    {
        await using var app = await StartAsync(o =>
        {
            o.FilesDirectory = _filesDirectory;
            o.Endpoint = endpoint;
            o.SubscriptionProtocol = "graphql-transport-ws";
        });

        using var config = JsonDocument.Parse(await (await Send(app, HttpMethod.Get, "/graphql/bcp-config.json", null)).Content.ReadAsStringAsync());

        Assert.Equal(followsPageUrl, config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal(endpoint, config.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal("graphql-transport-ws", config.RootElement.GetProperty("subscriptionProtocol").GetString());
    }

    [Fact]
    public async Task Ide_files_are_served_under_the_path()
    {
        await using var app = await StartAsync(o => o.FilesDirectory = _filesDirectory);

        var response = await Send(app, HttpMethod.Get, "/graphql/static/js/main.js", "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('bcp')", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_ide_files_a_browser_is_told_how_to_install_them()
    {
        var missing = Path.Combine(_filesDirectory, "not-there");
        await using var app = await StartAsync(o => o.FilesDirectory = missing);

        var response = await Send(app, HttpMethod.Get, "/graphql", "text/html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("npm ci", html, StringComparison.Ordinal);
        Assert.Contains("not installed", html, StringComparison.Ordinal);
        // GraphQL clients are unaffected.
        Assert.Equal(EndpointAnswer, await (await Send(app, HttpMethod.Get, "/graphql", "application/json")).Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync(Action<BananaCakePopOptions> configure, string? pathBase = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        if (pathBase is not null)
        {
            app.UsePathBase(pathBase);
        }

        app.UseBananaCakePop("/graphql", configure);
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], () => Results.Text(EndpointAnswer));
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> Send(WebApplication app, HttpMethod method, string url, string? accept)
    {
        using var request = new HttpRequestMessage(method, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json");
        }

        return await app.GetTestClient().SendAsync(request);
    }
}
