using System.Globalization;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>Reads the coerced fields of an input object, telling an absent field from an explicit null.</summary>
public static class InputFields
{
    public static bool Has(IDictionary<string, object?> input, string name) => input.ContainsKey(name);

    public static string? String(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public static DateTime? DateTime(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            System.DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
            System.DateTime other => System.DateTime.SpecifyKind(other, DateTimeKind.Utc),
            _ => null,
        } : null;

    public static List<T>? List<T>(IDictionary<string, object?> input, string name, Func<object?, T> item) =>
        input.TryGetValue(name, out var value) && value is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().Select(item).ToList()
            : null;

    public static List<string>? Strings(IDictionary<string, object?> input, string name) =>
        List(input, name, v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "");
}
