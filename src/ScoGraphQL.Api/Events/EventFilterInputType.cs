using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Events;

public sealed class EventFilterInputType : FilterInputType<EventFilterInputType>
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["name"] = EntityQuery.Fields.Name,
        ["startDate"] = EntityQuery.Fields.StartDate,
        ["endDate"] = EntityQuery.Fields.EndDate,
    };

    public EventFilterInputType() : base("EventFilterInput")
    {
        Operation<StringOperationFilterInputType>("name");
        Operation<DateOperationFilterInputType>("startDate");
        Operation<DateOperationFilterInputType>("endDate");
    }
}
