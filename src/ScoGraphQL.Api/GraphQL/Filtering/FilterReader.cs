using GraphQL;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.GraphQL.Filtering;

/// <summary>Turns parsed <c>where</c>/<c>order</c> arguments into the storage's <see cref="Filter"/> and <see cref="SortField"/>s.</summary>
public static class FilterReader
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["neq"] = FilterOperator.Neq,
        ["contains"] = FilterOperator.Contains,
        ["ncontains"] = FilterOperator.NotContains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["in"] = FilterOperator.In,
        ["nin"] = FilterOperator.NotIn,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
    };

    /// <param name="fields">GraphQL field name → storage field name.</param>
    public static Filter? Where(IResolveFieldContext context, IReadOnlyDictionary<string, string> fields, string argument = "where") =>
        context.GetArgument<object?>(argument) is IDictionary<string, object?> where ? Read(where, fields, argument) : null;

    public static IReadOnlyList<SortField>? Order(IResolveFieldContext context, IReadOnlyDictionary<string, string> fields, string argument = "order")
    {
        if (context.GetArgument<object?>(argument) is not IEnumerable<object?> items) return null;
        var order = new List<SortField>();
        foreach (var item in items.OfType<IDictionary<string, object?>>())
        {
            foreach (var (field, direction) in item)
            {
                if (direction is bool descending) order.Add(new SortField(fields[field], descending));
            }
        }
        return order.Count == 0 ? null : order;
    }

    private static Filter Read(IDictionary<string, object?> node, IReadOnlyDictionary<string, string> fields, string path)
    {
        var parts = new List<Filter>();
        foreach (var (name, value) in node)
        {
            var at = $"{path}.{name}";
            switch (name)
            {
                case "and" or "or":
                    var children = (value as IEnumerable<object?> ?? throw Invalid(at, "must be a list"))
                        .Select((child, i) => Read(child as IDictionary<string, object?> ?? throw Invalid($"{at}[{i}]", "must be an object"), fields, $"{at}[{i}]"))
                        .ToList();
                    parts.Add(name == "and" ? new AndFilter(children) : new OrFilter(children));
                    break;
                default:
                    if (value is null) break; // `title: null` places no condition, as in Hot Chocolate
                    var operations = value as IDictionary<string, object?> ?? throw Invalid(at, "must be an object");
                    parts.AddRange(operations.Select(op => Operation(fields[name], op.Key, op.Value, $"{at}.{op.Key}")));
                    break;
            }
        }
        return parts.Count == 1 ? parts[0] : new AndFilter(parts);
    }

    private static FieldFilter Operation(string field, string op, object? value, string at)
    {
        var filterOperator = Operators[op];
        if (filterOperator is FilterOperator.In or FilterOperator.NotIn)
        {
            var list = (value as IEnumerable<object?> ?? throw Invalid(at, "needs a list")).Select(v => v?.ToString() ?? "").ToList();
            return new FieldFilter(field, filterOperator, FilterValue.OfList(list));
        }
        if (value is null && filterOperator is not (FilterOperator.Eq or FilterOperator.Neq))
            throw Invalid(at, "needs a value (only eq and neq accept null)");
        return new FieldFilter(field, filterOperator, FilterValue.Of(Normalise(value)));
    }

    /// <summary>Dates become midnight UTC and date-times UTC, which is how storage keeps them.</summary>
    private static object? Normalise(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime { Kind: DateTimeKind.Unspecified } dateTime => DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
        DateTime dateTime => dateTime.ToUniversalTime(),
        _ => value,
    };

    private static InvalidArgumentError Invalid(string at, string problem) => new(at, $"'{at}' {problem}.");
}
