using GraphQL.Types;

namespace ScoGraphQL.Api.Stats;

public sealed class MonthCountType : ObjectGraphType<(string Month, int Count)>
{
    public MonthCountType()
    {
        Name = "MonthCount";
        Field<NonNullGraphType<StringGraphType>>("month").Description("yyyy-MM").Resolve(ctx => ctx.Source.Month);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}
