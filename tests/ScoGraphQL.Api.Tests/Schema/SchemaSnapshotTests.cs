using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Schema;

public sealed class SchemaSnapshotTests(SeededApi api) : IClassFixture<SeededApi>
{
    /// <summary>Parts of the contract still being built (mutations and subscriptions: issue 5). Must only shrink.</summary>
    private static readonly string[] NotYetServed =
    [
        "type ScoStatus is missing", "field Country.scoStatus is missing",
        "type Mutation is missing", "type ImportReleaseInput is missing", "type CreateReleaseInput is missing",
        "type AlternateTitleInput is missing", "type UpdateReleaseInput is missing", "type DeleteReleaseInput is missing",
        "type UpdateEntityInput is missing", "type MergeEntitiesInput is missing", "type UserError is missing",
        "type ValidationError is missing", "type NotFoundError is missing", "type DuplicateReleaseError is missing",
        "type ReleasePayload is missing", "type DeleteReleasePayload is missing", "type EntityPayload is missing",
        "type Subscription is missing",
    ];

    [Fact]
    public void Served_schema_matches_the_exported_file()
    {
        var served = Cli.PrintSchema(api.Services.GetRequiredService<ISchema>());
        var exported = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema", "schema.graphql")).ReplaceLineEndings("\n");

        Assert.True(served == exported,
            "schema/schema.graphql is not what the server serves. Run: dotnet run --project src/ScoGraphQL.Api -- export-schema");
    }

    [Fact]
    public void The_served_schema_has_no_breaking_change_against_the_contract()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var contract = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema", "contract.graphql"));

        var problems = ContractCheck.BreakingChanges(contract, schema);

        var unexpected = problems.Except(NotYetServed).ToList();
        var nowServed = NotYetServed.Except(problems).ToList();
        Assert.True(unexpected.Count == 0, "Breaking changes against schema/contract.graphql:\n" + string.Join("\n", unexpected));
        Assert.True(nowServed.Count == 0, "Served now, remove from NotYetServed:\n" + string.Join("\n", nowServed));
    }
}
