using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

/// <summary>Base of each kind's object type: implements Node and Entity, and claims the records of its kind.</summary>
public abstract class EntityObjectType : ObjectGraphType<EntityRecord>
{
    protected EntityObjectType(EntityKind kind, string? description = null)
    {
        Name = EntityTypeNames.Of(kind);
        Description = description;
        Interface<NodeType>();
        Interface<EntityType>();
        IsTypeOf = value => value is EntityRecord entity && entity.Kind == kind;
        EntityFields.AddTo(this);
    }
}
