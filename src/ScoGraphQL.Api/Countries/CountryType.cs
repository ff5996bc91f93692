using GraphQL;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Countries;

public sealed class CountryType : EntityObjectType
{
    public CountryType() : base(EntityKind.Country)
    {
        Field<StringGraphType>("isoCode").Description("ISO 3166-1 alpha-2.").Resolve(ctx => ctx.Source.IsoCode);
        Field<NonNullGraphType<ScoStatusType>>("scoStatus")
            .Description("Status in the SCO on the given date (default: today).")
            .Argument<DateGraphType>("on")
            .Resolve(ctx =>
            {
                // GraphQL.NET's Date scalar parses to a DateTime at midnight.
                var on = DateOnly.FromDateTime(ctx.GetArgument<DateTime?>("on") ?? ctx.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                return ScoStatusHistory.On(ctx.Source.IsoCode, on);
            });
    }
}
