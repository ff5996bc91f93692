using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Entities;

public sealed class EntityFilterInputType : FilterInputType<EntityFilterInputType>
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["name"] = EntityQuery.Fields.Name,
        ["anyName"] = EntityQuery.Fields.AnyName,
        ["mentionCount"] = EntityQuery.Fields.MentionCount,
    };

    public EntityFilterInputType() : base("EntityFilterInput")
    {
        Operation<StringOperationFilterInputType>("name");
        Operation<StringOperationFilterInputType>("anyName", "Matches the name or any alias.");
        Operation<IntOperationFilterInputType>("mentionCount");
    }
}
