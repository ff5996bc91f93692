using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>Every mutation needs the API key: see Auth.ApiKeyValidationRule, which refuses the operation before any field runs.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features) feature.AddTo(this);
    }
}
