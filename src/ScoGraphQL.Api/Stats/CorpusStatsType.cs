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

public sealed class KindCountType : ObjectGraphType<(Extraction.Model.EntityKind Kind, int Count)>
{
    public KindCountType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}

public sealed class MonthCountType : ObjectGraphType<(string Month, int Count)>
{
    public MonthCountType()
    {
        Name = "MonthCount";
        Field<NonNullGraphType<StringGraphType>>("month").Description("yyyy-MM").Resolve(ctx => ctx.Source.Month);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}
