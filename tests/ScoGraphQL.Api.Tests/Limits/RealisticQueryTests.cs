using ScoGraphQL.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Limits;

/// <summary>What real clients send passes every limit, and is told what it cost.</summary>
public sealed class RealisticQueryTests(SeededApi api, ITestOutputHelper output) : IClassFixture<SeededApi>
{
    /// <summary>graphql-js's getIntrospectionQuery() (v16 defaults): what IDEs and code generators send.</summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Theory]
    [InlineData("""
        { releases(first: 50) { nodes { people { name roles { title organization { name } } } organizations { name } events { participants { name } } } } }
        """)]
    [InlineData("{ releases(first: 5, order: [{ eventDate: DESC }]) { totalCount nodes { title eventDate people { name roles { title } } countries { name isoCode } } } }")]
    [InlineData("{ releases(first: 500) { nodes { slug title body wordCount eventDate publishedAt } } }")]
    [InlineData("{ people(first: 100) { nodes { name mentionCount related(first: 10) { entity { name } } releases(first: 5) { nodes { title } } } } }")]
    [InlineData(IntrospectionQuery)]
    public async Task Passes_with_its_cost_reported(string query)
    {
        var response = await api.PostAsync(query);

        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        var cost = response.Body!["extensions"]!["cost"]!;
        output.WriteLine($"cost {cost.ToJsonString()}");
        Assert.InRange((long)cost["requested"]!, 1, (long)cost["limit"]!);
        Assert.Equal(100_000, (int)cost["limit"]!);
    }

    [Fact]
    public async Task Cost_counts_each_field_times_the_page_sizes_above_it()
    {
        // releases 1 + totalCount 1 + nodes 1 + 7 × (title 1 + people 1 + 10 × name 1)
        var response = await api.PostAsync("{ releases(first: 7) { totalCount nodes { title people { name } } } }");

        Assert.Equal(3 + 7 * (2 + 10), (long)response.Body!["extensions"]!["cost"]!["requested"]!);
        Assert.Equal(3, (int)response.Body["extensions"]!["cost"]!["depth"]!);
    }

    [Fact]
    public async Task A_connection_without_first_costs_its_default_page_of_50()
    {
        var response = await api.PostAsync("{ releases { nodes { title } } }");

        Assert.Equal(2 + 50, (long)response.Body!["extensions"]!["cost"]!["requested"]!);
    }
}
