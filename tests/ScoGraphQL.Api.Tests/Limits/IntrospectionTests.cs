namespace ScoGraphQL.Api.Tests.Limits;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task When_disabled_schema_queries_are_refused_and_typename_still_works()
    {
        using var api = new ConfiguredApi(new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "false" });

        var (schema, _) = await api.PostJsonAsync(RawRequests.Body(RealisticQueryTests.IntrospectionQuery));
        var (type, _) = await api.PostJsonAsync(RawRequests.Body("{ __type(name: \"Release\") { name } }"));
        var (typename, _) = await api.PostJsonAsync(RawRequests.Body("{ __typename stats { releaseCount } }"));

        Assert.Equal(400, schema.Status);
        Assert.Equal("INTROSPECTION_DISABLED", schema.Code());
        Assert.Equal("INTROSPECTION_DISABLED", type.Code());
        Assert.Equal(200, typename.Status);
        Assert.Equal("Query", (string?)typename.Data!["__typename"]);
    }
}
