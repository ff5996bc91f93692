using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Stats;

public sealed class KindCountType : ObjectGraphType<(EntityKind Kind, int Count)>
{
    public KindCountType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}
