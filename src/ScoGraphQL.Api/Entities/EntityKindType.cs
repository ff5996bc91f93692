using GraphQL.Types;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Entities;

public sealed class EntityKindType : EnumerationGraphType<EntityKind>
{
    public EntityKindType() => Name = "EntityKind";
}
