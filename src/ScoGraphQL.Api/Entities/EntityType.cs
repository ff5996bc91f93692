using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

/// <summary>The <c>Entity</c> interface: anything extracted from releases (person, organisation, …).</summary>
public sealed class EntityType : InterfaceGraphType<EntityRecord>
{
    public EntityType()
    {
        Name = "Entity";
        Interface<NodeType>();
        EntityFields.AddTo(this);
        // Interfaces carry the field definitions only; each kind's object type resolves them.
        foreach (var field in Fields) field.Resolver = null;
    }
}
