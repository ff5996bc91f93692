using GraphQL.Types;
using ScoGraphQL.Api.Documents;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Places;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Events;

public sealed class EventType : EntityObjectType
{
    public EventType() : base(EntityKind.Event)
    {
        Field<DateGraphType>("startDate").Resolve(ctx => AsDate(ctx.Source.StartDate));
        Field<DateGraphType>("endDate").Resolve(ctx => AsDate(ctx.Source.EndDate));
        Field<DatePrecisionType>("datePrecision").Description("Precision of startDate.").Resolve(ctx => ctx.Source.StartDatePrecision);
        Field<PlaceType>("place").Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.PlaceId));
        Field<NonNullGraphType<EventFormatType>>("format").Resolve(ctx => ctx.Source.Format);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("participants")
            .Description("People, organisations and countries taking part.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().ById.LoadMany(ctx.Source.ParticipantIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Documents adopted at this event.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().ById.LoadMany(ctx.Source.DocumentIds));
    }

    /// <summary>Stored as midnight UTC; GraphQL.NET's Date scalar serialises the DateTime's calendar date.</summary>
    public static DateTime? AsDate(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v.Date, DateTimeKind.Unspecified) : null;
}
