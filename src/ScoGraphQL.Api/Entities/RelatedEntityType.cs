using GraphQL.Types;

namespace ScoGraphQL.Api.Entities;

public sealed class RelatedEntityType : ObjectGraphType<RelatedEntity>
{
    public RelatedEntityType()
    {
        Name = "RelatedEntity";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(ctx => ctx.Source.Entity);
        Field(x => x.SharedReleases).Description("Releases that mention both.");
    }
}
