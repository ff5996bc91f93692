using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Auth;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Mutations;

public sealed class AuthTests
{
    private const string Create = "mutation { createRelease(input: { title: \"Unauthorised\", body: \"Should not be stored.\" }) { release { slug } errors { code } } }";

    private static void AssertRefused(GraphQLResponse response, string messagePart)
    {
        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string)error["extensions"]!["code"]!);
        Assert.Contains(messagePart, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    [InlineData(MutableApi.TestApiKey + "x")]
    public async Task A_mutation_without_the_right_key_is_refused_and_changes_nothing(string? key)
    {
        using var api = new MutableApi();

        var response = await api.MutateAsync(Create, key: key);

        AssertRefused(response, "X-Api-Key");
        Assert.Equal(5, await api.ReleaseCountAsync());
    }

    [Fact]
    public async Task Legacy_json_clients_get_200_with_the_error()
    {
        using var api = new MutableApi();

        var response = await api.PostAsync(Create, accept: "application/json");

        Assert.Equal(200, response.Status);
        AssertRefused(response, "X-Api-Key");
    }

    [Fact]
    public async Task Queries_need_no_key()
    {
        using var api = new MutableApi();

        var response = await api.MutateAsync("{ releases { totalCount } }", key: null);

        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Without_a_configured_key_production_refuses_every_mutation_and_says_why()
    {
        using var api = new MutableApi(apiKey: null);

        var withSomeKey = await api.MutateAsync(Create, key: "anything");
        var withoutKey = await api.MutateAsync(Create, key: null);

        AssertRefused(withSomeKey, "no API key configured");
        AssertRefused(withoutKey, "no API key configured");
        Assert.Null(api.Services.GetRequiredService<ApiKey>().Value);
        Assert.Equal(5, await api.ReleaseCountAsync());
    }

    [Fact]
    public async Task Without_a_configured_key_development_generates_one_for_the_run()
    {
        using var api = new MutableApi(apiKey: null, environment: "Development");
        var key = api.Services.GetRequiredService<ApiKey>();

        var refused = await api.MutateAsync(Create, key: null);
        var accepted = await api.MutateAsync(Create, key: key.Value);

        Assert.True(key.IsGenerated);
        Assert.True(key.Value!.Length >= 40);
        AssertRefused(refused, "X-Api-Key");
        Assert.Null(accepted.Errors);
        Assert.Equal(6, await api.ReleaseCountAsync());
    }
}
