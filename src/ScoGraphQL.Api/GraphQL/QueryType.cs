using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        foreach (var feature in features) feature.AddTo(this);
    }
}
