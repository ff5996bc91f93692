using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Operations;

public sealed class CorsTests
{
    [Fact]
    public async Task A_configured_origin_passes_the_preflight_and_others_do_not()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?> { ["Cors:Origins:0"] = "https://app.example" });

        using var allowed = await PreflightAsync(api, "https://app.example");
        using var refused = await PreflightAsync(api, "https://evil.example");

        Assert.Equal("https://app.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(allowed, "Access-Control-Allow-Methods"));
        Assert.Contains("content-type", Header(allowed, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(refused, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Development_allows_local_frontend_dev_servers_by_default()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>(), environment: "Development");

        using var vite = await PreflightAsync(api, "http://localhost:5173");
        using var elsewhere = await PreflightAsync(api, "https://app.example");

        Assert.Equal("http://localhost:5173", Header(vite, "Access-Control-Allow-Origin"));
        Assert.Null(Header(elsewhere, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Production_allows_no_cross_origin_calls_unless_configured()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>());

        using var vite = await PreflightAsync(api, "http://localhost:5173");

        Assert.Null(Header(vite, "Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(ConfiguredApi api, string origin)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
