using GraphQL.Types;
using ScoGraphQL.Api.Countries;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Places;

public sealed class PlaceType : EntityObjectType
{
    public PlaceType() : base(EntityKind.Place)
    {
        Field<CountryType>("country")
            .Description("The country the place is in; null for regions that span several.")
            .Resolve(ctx => ctx.Service<EntityLoaders>().Load(ctx.Source.CountryId));
    }
}
