using Npgsql;
using NpgsqlTypes;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// How a logical filter/sort field maps to a column; <paramref name="ArrayColumn"/> is a text[] column also matched
/// (aliases). A field with no <paramref name="Column"/> lives only in an array and cannot be sorted on.
/// </summary>
internal sealed record ColumnMapping(string? Column, string? ArrayColumn = null)
{
    public string SortColumn => Column ?? throw new ArgumentException("This field cannot be sorted on.");
}

/// <summary>The logical fields one table accepts; anything else is rejected before a query is built.</summary>
internal sealed class ColumnMap(IReadOnlyDictionary<string, ColumnMapping> fields)
{
    public ColumnMapping this[string field] =>
        fields.TryGetValue(field, out var mapping)
            ? mapping
            : throw new ArgumentException($"Unknown field '{field}'. Known fields: {string.Join(", ", fields.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)))}.", nameof(field));
}

/// <summary>
/// Translates a <see cref="Filter"/> tree into a parameterised SQL condition: every value a client sent travels as
/// a parameter, only column names from the <see cref="ColumnMap"/> are written into the text. The semantics are the
/// LiteDB store's: <c>eq</c> is case-sensitive, <c>contains</c>/<c>startsWith</c> compare lower-cased, a negative
/// operator holds for the name and every alias, a positive one for any of them, null equals only null
/// and sorts (and compares) below every value.
/// </summary>
internal sealed class PostgresFilterTranslator
{
    private readonly ColumnMap _columns;
    private readonly List<NpgsqlParameter> _parameters;

    private PostgresFilterTranslator(ColumnMap columns, List<NpgsqlParameter> parameters)
    {
        _columns = columns;
        _parameters = parameters;
    }

    /// <summary>The condition ("true" for no filter); its parameters are appended to <paramref name="parameters"/>.</summary>
    public static string Translate(Filter? filter, ColumnMap columns, List<NpgsqlParameter> parameters) =>
        filter is null ? "true" : new PostgresFilterTranslator(columns, parameters).Visit(filter);

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public static string Parameter(List<NpgsqlParameter> parameters, object? value, NpgsqlDbType? type = null)
    {
        var parameter = new NpgsqlParameter { ParameterName = $"f{parameters.Count}", Value = value ?? DBNull.Value };
        if (type is { } t) parameter.NpgsqlDbType = t;
        parameters.Add(parameter);
        return "@" + parameter.ParameterName;
    }

    private string Visit(Filter filter) => filter switch
    {
        AndFilter and => Join(and.Parts.Select(Visit).ToList(), "AND", whenEmpty: "true"),
        OrFilter or => Join(or.Parts.Select(Visit).ToList(), "OR", whenEmpty: "false"),
        FieldFilter field => VisitField(field),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    private string VisitField(FieldFilter filter)
    {
        var mapping = _columns[filter.Field];
        var parts = new List<string>();
        if (mapping.Column is not null) parts.Add(Predicate(mapping.Column, filter));
        if (mapping.ArrayColumn is not null) parts.Add(ArrayPredicate(mapping.ArrayColumn, filter));
        var negative = filter.Operator is FilterOperator.Neq or FilterOperator.NotContains or FilterOperator.NotIn;
        return Join(parts, negative ? "AND" : "OR");
    }

    private string Predicate(string column, FieldFilter filter)
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

    private string ArrayPredicate(string array, FieldFilter filter)
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
            _ => "false", // ordering comparisons make no sense on aliases: only the name answers them
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

    private static string Join(IReadOnlyList<string> parts, string op, string whenEmpty = "true") =>
        parts.Count switch
        {
            0 => whenEmpty,
            1 => parts[0],
            _ => "(" + string.Join($" {op} ", parts) + ")",
        };
}
