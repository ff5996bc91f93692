namespace ScoGraphQL.Storage.Querying;

/// <summary>
/// How a logical filter/sort field maps to a backend's path or column; <paramref name="Alternatives"/> are array
/// paths also matched (aliases). A field with no <paramref name="Path"/> lives only in arrays.
/// </summary>
public sealed record FieldMapping(string? Path, IReadOnlyList<string>? Alternatives = null)
{
    public string SortPath => Path ?? throw new ArgumentException("This field cannot be sorted on.");
}

/// <summary>The logical fields one collection accepts; anything else is rejected before a query is built.</summary>
public sealed class FieldMap(IReadOnlyDictionary<string, FieldMapping> fields)
{
    public FieldMapping this[string field] =>
        fields.TryGetValue(field, out var mapping)
            ? mapping
            : throw new ArgumentException($"Unknown field '{field}'. Known fields: {string.Join(", ", fields.Keys)}.", nameof(field));
}
