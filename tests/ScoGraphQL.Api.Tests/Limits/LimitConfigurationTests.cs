using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Tests.Limits;

public sealed class LimitConfigurationTests
{
    [Fact]
    public async Task Configured_limits_replace_the_defaults()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxAliases"] = "2",
            ["GraphQL:Limits:MaxCost"] = "100",
            ["GraphQL:Limits:MaxDepth"] = "2",
        });

        var (aliases, _) = await api.PostJsonAsync(RawRequests.Body("{ a: stats { releaseCount } b: stats { releaseCount } c: stats { releaseCount } }"));
        var (cost, _) = await api.PostJsonAsync(RawRequests.Body("{ releases { nodes { title slug } } }")); // 2 + 50 × 2
        var (depth, _) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 1) { nodes { people { name } } } }"));
        var (fits, _) = await api.PostJsonAsync(RawRequests.Body("{ releases(first: 10) { nodes { title } } }"));

        Assert.Equal("MAX_ALIASES_EXCEEDED", aliases.Code());
        Assert.Equal("COST_LIMIT_EXCEEDED", cost.Code());
        Assert.Equal("MAX_DEPTH_EXCEEDED", depth.Code());
        Assert.Equal(100, (int)fits.Body!["extensions"]!["cost"]!["limit"]!);
    }

    [Fact]
    public void An_invalid_limit_stops_the_server_at_start_up()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?> { ["GraphQL:Limits:MaxDepth"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());
        Assert.Contains("MaxDepth", error.Message);
    }
}
