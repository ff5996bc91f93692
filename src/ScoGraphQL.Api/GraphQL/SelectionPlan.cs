namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// The fields one selection set collects for one object type, in GraphQL.NET's order (the response's), kept by
/// <see cref="QueryExecutionStrategy"/> per selection set and type; the leaves among them it resolves in place.
/// </summary>
public sealed class SelectionPlan
{
    public SelectionPlan(PlannedField[] fields)
    {
        Fields = fields;
        LeafCount = fields.Count(f => f.Leaf is not null);
    }

    public PlannedField[] Fields { get; }

    /// <summary>Fields resolved in place; the others are execution nodes.</summary>
    public int LeafCount { get; }
}
