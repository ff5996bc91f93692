using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Stats;

public sealed class StatsQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<CorpusStatsType>>("stats")
            .Description("Counts over the whole corpus.")
            .ResolveAsync(async ctx => await ctx.Service<ICorpusStore>().GetStatisticsAsync(ctx.CancellationToken));
}
