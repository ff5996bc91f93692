using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Countries;

public sealed class CountryType : EntityObjectType
{
    public CountryType() : base(EntityKind.Country)
    {
        Field<StringGraphType>("isoCode").Description("ISO 3166-1 alpha-2.").Resolve(ctx => ctx.Source.IsoCode);
    }
}
