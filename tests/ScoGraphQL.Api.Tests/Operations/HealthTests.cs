using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Operations;

public sealed class HealthTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Healthz_is_200_while_the_process_serves()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("up", (string?)(await GraphQLResponse.ReadAsync(response)).Body!["status"]);
    }

    [Fact]
    public async Task Readyz_is_200_when_the_store_answers()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/readyz");
        var body = (await GraphQLResponse.ReadAsync(response)).Body!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (string?)body["status"]);
        Assert.True((bool)body["checks"]!["store"]!["ready"]!);
    }

    [Fact]
    public async Task Readyz_is_503_naming_a_check_that_fails()
    {
        // Its own server (and database file): a second host on the shared one's LiteDB file would contend for it.
        using var factory = new ConfiguredApi(new Dictionary<string, string?>(), configure: web => web.ConfigureTestServices(services =>
            services.AddSingleton<IReadinessCheck>(new NeverReady())));
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/readyz");
        var body = (await GraphQLResponse.ReadAsync(response)).Body!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False((bool)body["checks"]!["never"]!["ready"]!);
        Assert.Equal("never ready", (string?)body["checks"]!["never"]!["detail"]);
        Assert.True((bool)body["checks"]!["store"]!["ready"]!);
    }

    private sealed class NeverReady : IReadinessCheck
    {
        public string Name => "never";

        public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(ReadinessResult.No("never ready"));
    }
}
