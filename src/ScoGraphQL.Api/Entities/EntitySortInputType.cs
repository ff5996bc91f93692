using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Entities;

public sealed class EntitySortInputType() : SortInputType("EntitySortInput", "name", "mentionCount")
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["name"] = EntityQuery.Fields.Name,
        ["mentionCount"] = EntityQuery.Fields.MentionCount,
    };
}
