namespace ScoGraphQL.Storage.Querying;

/// <summary>
/// A storage-neutral predicate tree (the shape of Hot Chocolate's <c>where</c>): each backend translates it
/// into its own query language, so filtering happens in the database.
/// </summary>
public abstract record Filter
{
    public static Filter All(IReadOnlyList<Filter> parts) => parts.Count == 1 ? parts[0] : new AndFilter(parts);
}

public sealed record AndFilter(IReadOnlyList<Filter> Parts) : Filter;

public sealed record OrFilter(IReadOnlyList<Filter> Parts) : Filter;

/// <summary><paramref name="Field"/> is a logical field name the backend knows (e.g. "title").</summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, FilterValue Value) : Filter;
