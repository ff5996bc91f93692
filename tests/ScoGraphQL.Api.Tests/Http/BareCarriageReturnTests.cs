using System.Net;
using System.Net.Http.Json;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Api.Tests.Limits;

namespace ScoGraphQL.Api.Tests.Http;

/// <summary>
/// A bare carriage return is a GraphQL line break. GraphQLParser 9.5 miscounts lines after one when it composes a
/// syntax error, and threw IndexOutOfRangeException instead: a 500 from the lexer pass, "Error executing document."
/// from the parser. Found by the fuzzer of bench/faults.
/// </summary>
public sealed class BareCarriageReturnTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Theory]
    [InlineData("\r\"unterminated string", 2)] // a lexer error: refused by the lexer pass before parsing
    [InlineData("{\r releases(", 2)]          // a parser error
    [InlineData("{ stats }\r\r}", 3)]
    public async Task A_syntax_error_after_a_bare_carriage_return_is_reported_with_its_line(string query, int line)
    {
        var response = await api.PostAsync(query);

        Assert.Equal(400, response.Status);
        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("SYNTAX_ERROR", (string?)error["extensions"]!["code"]);
        Assert.Equal(line, (int)error["locations"]![0]!["line"]!);
    }

    [Fact]
    public async Task The_same_over_get()
    {
        var (response, _) = await api.GetAsync("/graphql?query=" + Uri.EscapeDataString("{\r\"unterminated"));

        Assert.Equal(400, response.Status);
        Assert.Equal("SYNTAX_ERROR", (string?)response.Errors![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_document_with_bare_carriage_returns_as_line_breaks_runs()
    {
        var response = await api.PostAsync("{\r  stats {\r    releaseCount\r  }\r}");

        Assert.Equal(200, response.Status);
        Assert.Equal(5, (int)response.Data!["stats"]!["releaseCount"]!);
    }

    [Fact]
    public async Task Registering_a_trusted_document_with_that_error_is_refused_as_unparsable()
    {
        using var server = new ConfiguredApi(new Dictionary<string, string?> { ["Auth:ApiKey"] = "test-key" });
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/documents") { Content = JsonContent.Create(new { query = "{\r\"unterminated" }) };
        request.Headers.Add("X-Api-Key", "test-key");
        using var response = await client.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_PARSE_FAILED", (string?)body.Body!["errors"]![0]!["extensions"]!["code"]);
    }
}
