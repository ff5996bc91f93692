namespace ScoGraphQL.Api.GraphQL;

/// <summary>A feature's contribution to the root <c>Mutation</c> type, as <see cref="IQueryFields"/> is for <c>Query</c>.</summary>
public interface IMutationFields
{
    void AddTo(MutationType mutation);
}
