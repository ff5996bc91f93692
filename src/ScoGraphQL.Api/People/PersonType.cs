using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.Events;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.People;

public sealed class PersonType : EntityObjectType
{
    public PersonType() : base(EntityKind.Person)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
            .Description("Titles held, as the releases state them: each distinct wording once, with the first release that states it.")
            // Kept on the person record when it is recomputed, so the person already loaded answers without a second
            // storage call.
            .Resolve(ctx => ctx.Source.Titles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events")
            .Description("Events this person took part in.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().EventsByParticipant.Load(ctx.Source.Id).Then(events => events ?? []));
    }
}
