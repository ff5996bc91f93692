using LiteDB;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Translates a <see cref="Filter"/> tree into one parameterised <see cref="BsonExpression"/>, so LiteDB
/// evaluates it (with an index where the predicate allows one: equality, ranges, IN, alias lookups).
/// </summary>
internal sealed class LiteDbFilterTranslator(FieldMap fields) : FilterTranslator(fields)
{
    private readonly BsonDocument _parameters = [];

    // LiteDB refuses a bare constant as a query's condition; a comparison of constants is a predicate it runs.
    protected override string Always => "1 = 1";

    protected override string Never => "1 = 0";

    public static BsonExpression? Translate(Filter? filter, FieldMap fields, params string[] extraConditions)
    {
        var translator = new LiteDbFilterTranslator(fields);
        var parts = new List<string>(extraConditions);
        if (filter is not null) parts.Add(translator.Visit(filter));
        return parts.Count == 0 ? null : BsonExpression.Create(Join(parts, "AND", translator.Always), translator._parameters);
    }

    /// <summary>Adds a parameter and returns its name, for conditions built outside the filter tree.</summary>
    public static string Parameter(BsonDocument parameters, BsonValue value)
    {
        var name = $"x{parameters.Count}";
        parameters[name] = value;
        return "@" + name;
    }

    protected override string Predicate(string path, FieldFilter filter)
    {
        var value = filter.Value;
        return filter.Operator switch
        {
            FilterOperator.Eq => $"{path} = {Param(ToBson(value.Scalar))}",
            FilterOperator.Neq => $"{path} != {Param(ToBson(value.Scalar))}",
            FilterOperator.Gt => $"{path} > {Param(ToBson(value.Scalar))}",
            FilterOperator.Gte => $"{path} >= {Param(ToBson(value.Scalar))}",
            FilterOperator.Lt => $"{path} < {Param(ToBson(value.Scalar))}",
            FilterOperator.Lte => $"{path} <= {Param(ToBson(value.Scalar))}",
            FilterOperator.Contains => $"({path} != null AND INDEXOF(LOWER({path}), {Param(Lower(value))}) >= 0)",
            FilterOperator.NotContains => $"({path} = null OR INDEXOF(LOWER({path}), {Param(Lower(value))}) < 0)",
            FilterOperator.StartsWith => $"({path} != null AND INDEXOF(LOWER({path}), {Param(Lower(value))}) = 0)",
            FilterOperator.In => $"{path} IN {Param(ToArray(value))}",
            FilterOperator.NotIn => $"(({path} IN {Param(ToArray(value))}) = false)",
            _ => throw new NotSupportedException(filter.Operator.ToString()),
        };
    }

    protected override string ArrayPredicate(string arrayPath, FieldFilter filter)
    {
        var value = filter.Value;
        return filter.Operator switch
        {
            // Equality goes through the multikey index.
            FilterOperator.Eq => $"{arrayPath}[*] ANY = {Param(ToBson(value.Scalar))}",
            FilterOperator.In => $"COUNT(FILTER({arrayPath} => @ IN {Param(ToArray(value))})) > 0",
            FilterOperator.Neq => $"COUNT(FILTER({arrayPath} => @ = {Param(ToBson(value.Scalar))})) = 0",
            FilterOperator.NotIn => $"COUNT(FILTER({arrayPath} => @ IN {Param(ToArray(value))})) = 0",
            FilterOperator.Contains => $"COUNT(FILTER({arrayPath} => INDEXOF(LOWER(@), {Param(Lower(value))}) >= 0)) > 0",
            FilterOperator.NotContains => $"COUNT(FILTER({arrayPath} => INDEXOF(LOWER(@), {Param(Lower(value))}) >= 0)) = 0",
            FilterOperator.StartsWith => $"COUNT(FILTER({arrayPath} => INDEXOF(LOWER(@), {Param(Lower(value))}) = 0)) > 0",
            _ => Never, // ordering comparisons make no sense on aliases: only the name answers them
        };
    }

    private string Param(BsonValue value) => Parameter(_parameters, value);

    private static BsonValue Lower(FilterValue value) => new BsonValue((value.Scalar as string ?? "").ToLowerInvariant());

    private static BsonArray ToArray(FilterValue value) => new((value.List ?? []).Select(s => new BsonValue(s)));

    private static BsonValue ToBson(object? scalar) => scalar switch
    {
        null => BsonValue.Null,
        string s => new BsonValue(s),
        int i => new BsonValue(i),
        DateTime d => new BsonValue(d),
        bool b => new BsonValue(b),
        _ => throw new NotSupportedException($"Filter values of type {scalar.GetType().Name} are not supported."),
    };
}
