using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.Events;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Documents;

public sealed class DocumentType : EntityObjectType
{
    public DocumentType() : base(EntityKind.Document)
    {
        Field<NonNullGraphType<DocumentKindType>>("documentKind").Resolve(ctx => ctx.Source.DocumentKind ?? DocumentKind.Other);
        Field<StringGraphType>("number").Description("e.g. 75/69 for a UN resolution.").Resolve(ctx => ctx.Source.Number);
        Field<DateGraphType>("date").Resolve(ctx => EventType.AsDate(ctx.Source.Date));
        Field<DatePrecisionType>("datePrecision").Resolve(ctx => ctx.Source.DatePrecision);
        Field<EventType>("adoptedAt").Description("The event that adopted it, where the text says so.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.AdoptedAtId));
    }
}
