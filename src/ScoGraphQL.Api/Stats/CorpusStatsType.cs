using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Stats;

public sealed class CorpusStatsType : ObjectGraphType<CorpusStatistics>
{
    public CorpusStatsType()
    {
        Name = "CorpusStats";
        Field(x => x.ReleaseCount);
        Field(x => x.EntityCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("entitiesByKind").Resolve(ctx => ctx.Source.EntitiesByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthCountType>>>>("releasesByMonth")
            .Description("By publication month, or the event's month for releases with no byline.")
            .Resolve(ctx => ctx.Source.ReleasesByMonth);
    }
}
