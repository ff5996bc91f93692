using GraphQL.Types;
using ScoGraphQL.Api.Countries;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Organizations;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.People;

public sealed class RoleType : ObjectGraphType<RoleRecord>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A title held by a person, as a release states it.";
        Field(x => x.Title).Description("As written, e.g. 'SCO Secretary-General', 'Prime Minister of India'.");
        Field<OrganizationType>("organization").Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.OrganizationId));
        Field<CountryType>("country").Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.CountryId));
        Field<NonNullGraphType<ReleaseType>>("release").Resolve(ctx => ctx.Service<ReleaseLoaders>().ById.Load(ctx.Source.ReleaseId));
    }
}
