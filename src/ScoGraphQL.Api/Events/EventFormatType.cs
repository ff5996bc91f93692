using GraphQL.Types;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Events;

public sealed class EventFormatType : EnumerationGraphType<EventFormat>
{
    public EventFormatType() => Name = "EventFormat";
}
