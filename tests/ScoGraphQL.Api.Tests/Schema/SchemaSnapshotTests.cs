using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Tests.Infrastructure;

// The contract itself is checked by graphql-js (tests/e2e/contract.mjs, run from Ide/BananaCakePopBrowserTests).

namespace ScoGraphQL.Api.Tests.Schema;

public sealed class SchemaSnapshotTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public void Served_schema_matches_the_exported_file()
    {
        var served = Cli.PrintSchema(api.Services.GetRequiredService<ISchema>());
        var exported = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema", "schema.graphql")).ReplaceLineEndings("\n");

        Assert.True(served == exported,
            "schema/schema.graphql is not what the server serves. Run: dotnet run --project src/ScoGraphQL.Api -- export-schema");
    }
}
