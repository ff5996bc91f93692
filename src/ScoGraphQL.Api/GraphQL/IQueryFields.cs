namespace ScoGraphQL.Api.GraphQL;

/// <summary>A feature's contribution to the root <c>Query</c> type, so each feature folder owns its root fields.</summary>
public interface IQueryFields
{
    void AddTo(QueryType query);
}
