using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Events;

public sealed class EventSortInputType() : SortInputType("EventSortInput", "name", "startDate", "mentionCount")
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["name"] = EntityQuery.Fields.Name,
        ["startDate"] = EntityQuery.Fields.StartDate,
        ["mentionCount"] = EntityQuery.Fields.MentionCount,
    };
}
