using GraphQL.Types;
using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

public sealed class EntityPayloadType : ObjectGraphType<MutationPayload<EntityRecord>>
{
    public EntityPayloadType()
    {
        Name = "EntityPayload";
        Field<EntityType>("entity").Resolve(ctx => ctx.Source.Value);
        PayloadFields.AddErrors(this);
    }
}
