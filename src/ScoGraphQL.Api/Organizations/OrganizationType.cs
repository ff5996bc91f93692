using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Organizations;

public sealed class OrganizationType : EntityObjectType
{
    public OrganizationType() : base(EntityKind.Organization)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("acronyms").Resolve(ctx => ctx.Source.Acronyms);
        Field<OrganizationType>("parent")
            .Description("The organisation this one is a body of (RATS -> SCO), if known.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("children")
            .Description("Bodies of this organisation.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().ChildrenByParent.Load(ctx.Source.Id).Then(children => children ?? []));
    }
}
