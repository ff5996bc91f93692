using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.SystemTextJson;
using ScoGraphQL.Api.Http;

namespace ScoGraphQL.Api.Tests.Http;

/// <summary>The API's result writer against GraphQL.NET's own, byte for byte, on the same result.</summary>
public sealed class ExecutionResultWriterTests
{
    [Fact]
    public async Task Names_aliases_and_values_are_written_as_graphql_nets_writer_writes_them_every_time()
    {
        var schema = global::GraphQL.Types.Schema.For("type Query { title: String count: Int flag: Boolean items: [Item] } type Item { name: String }");
        var root = new { Title = "Ünïcode, \"quoted\" <b>&</b> \u2019", Count = 3, Flag = true, Items = new[] { new { Name = "a" }, new { Name = "Б" } } };
        const string query = "{ Title: title title X_1: count flag items { name N: name } again: items { name } nothing: items { name } }";
        var ours = new GraphQLSerializer(json =>
        {
            json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.Converters.Add(new ExecutionResultWriter());
        });
        var theirs = new GraphQLSerializer(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        // The second run writes the names the first one encoded.
        for (var run = 0; run < 2; run++)
        {
            var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query, Root = root });
            Assert.Equal(theirs.Serialize(result), ours.Serialize(result));
        }
    }
}
