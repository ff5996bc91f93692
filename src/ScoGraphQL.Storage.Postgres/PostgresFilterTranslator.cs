using Npgsql;
using NpgsqlTypes;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// Translates a <see cref="Filter"/> tree into a parameterised SQL condition: every value a client sent travels as
/// a parameter, only column names from the <see cref="FieldMap"/> are written into the text. The semantics are the
/// LiteDB store's: <c>eq</c> is case-sensitive, <c>contains</c>/<c>startsWith</c> compare lower-cased, a negative
/// operator holds for the name and every alias, a positive one for any of them, null equals only null
/// and sorts (and compares) below every value.
/// </summary>
internal sealed class PostgresFilterTranslator(FieldMap columns, List<NpgsqlParameter> parameters) : FilterTranslator(columns)
{
    private readonly List<NpgsqlParameter> _parameters = parameters;

    /// <summary>The condition ("true" for no filter); its parameters are appended to <paramref name="parameters"/>.</summary>
    public static string Translate(Filter? filter, FieldMap columns, List<NpgsqlParameter> parameters) =>
        filter is null ? "true" : new PostgresFilterTranslator(columns, parameters).Visit(filter);

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public static string Parameter(List<NpgsqlParameter> parameters, object? value, NpgsqlDbType? type = null)
    {
        var parameter = new NpgsqlParameter { ParameterName = $"f{parameters.Count}", Value = value ?? DBNull.Value };
        if (type is { } t) parameter.NpgsqlDbType = t;
        parameters.Add(parameter);
        return "@" + parameter.ParameterName;
    }

    protected override string Predicate(string column, FieldFilter filter)
    {
        var value = filter.Value;
        return filter.Operator switch
        {
            FilterOperator.Eq when value.Scalar is null => $"{column} IS NULL",
            FilterOperator.Neq when value.Scalar is null => $"{column} IS NOT NULL",
            FilterOperator.Eq => $"{column} = {Scalar(value)}",
            FilterOperator.Neq => $"{column} IS DISTINCT FROM {Scalar(value)}",
            FilterOperator.Gt => $"{column} > {Scalar(value)}",
            FilterOperator.Gte => $"{column} >= {Scalar(value)}",
            // A missing value is lower than any other, as in LiteDB's (BSON) order and in sorting: lt/lte include it.
            FilterOperator.Lt => $"({column} IS NULL OR {column} < {Scalar(value)})",
            FilterOperator.Lte => $"({column} IS NULL OR {column} <= {Scalar(value)})",
            FilterOperator.Contains => $"strpos(lower({column}), {Lower(value)}) > 0",
            FilterOperator.NotContains => $"({column} IS NULL OR strpos(lower({column}), {Lower(value)}) = 0)",
            FilterOperator.StartsWith => $"starts_with(lower({column}), {Lower(value)})",
            FilterOperator.In => $"{column} = ANY({List(value)})",
            FilterOperator.NotIn => $"({column} IS NULL OR {column} <> ALL({List(value)}))",
            _ => throw new NotSupportedException(filter.Operator.ToString()),
        };
    }

    protected override string ArrayPredicate(string array, FieldFilter filter)
    {
        var value = filter.Value;
        return filter.Operator switch
        {
            // Containment and overlap go through the GIN index.
            FilterOperator.Eq => $"{array} @> ARRAY[{Text(value)}]",
            FilterOperator.In => $"{array} && {List(value)}",
            FilterOperator.Neq => $"NOT ({array} @> ARRAY[{Text(value)}])",
            FilterOperator.NotIn => $"NOT ({array} && {List(value)})",
            FilterOperator.Contains => $"EXISTS (SELECT 1 FROM unnest({array}) a WHERE strpos(lower(a), {Lower(value)}) > 0)",
            FilterOperator.NotContains => $"NOT EXISTS (SELECT 1 FROM unnest({array}) a WHERE strpos(lower(a), {Lower(value)}) > 0)",
            FilterOperator.StartsWith => $"EXISTS (SELECT 1 FROM unnest({array}) a WHERE starts_with(lower(a), {Lower(value)}))",
            _ => Never, // ordering comparisons make no sense on aliases: only the name answers them
        };
    }

    private string Scalar(FilterValue value) => value.Scalar switch
    {
        string s => Parameter(_parameters, s, NpgsqlDbType.Text),
        int i => Parameter(_parameters, i, NpgsqlDbType.Integer),
        // Stored instants are UTC; a date without a kind is read as UTC too, as LiteDB (UtcDate) does.
        DateTime d => Parameter(_parameters, d.Kind == DateTimeKind.Utc ? d : DateTime.SpecifyKind(d, DateTimeKind.Utc), NpgsqlDbType.TimestampTz),
        bool b => Parameter(_parameters, b, NpgsqlDbType.Boolean),
        var other => throw new NotSupportedException($"Filter values of type {other?.GetType().Name} are not supported."),
    };

    private string Text(FilterValue value) => Parameter(_parameters, value.Scalar as string ?? "", NpgsqlDbType.Text);

    private string Lower(FilterValue value) => Parameter(_parameters, (value.Scalar as string ?? "").ToLowerInvariant(), NpgsqlDbType.Text);

    private string List(FilterValue value) => Parameter(_parameters, (value.List ?? []).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
}
