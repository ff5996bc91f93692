namespace ScoGraphQL.Storage.Querying;

/// <summary>What a query asks for, as one filter tree over logical fields, so every backend reads queries alike.</summary>
public static class QueryFilters
{
    /// <summary>Logical field of the entity ids a release mentions (an array; a backend maps it, clients cannot name it).</summary>
    public const string MentionedEntity = "__mentions";

    /// <summary>Logical field of an entity's kind (a backend maps it, clients cannot name it).</summary>
    public const string EntityKind = "__kind";

    /// <summary>The client's filter and the releases mentioning every id of <see cref="ReleaseQuery.Mentioning"/>, or null for all.</summary>
    public static Filter? Of(ReleaseQuery query)
    {
        var filters = new List<Filter>();
        if (query.Where is not null) filters.Add(query.Where);
        filters.AddRange((query.Mentioning ?? []).Select(id => new FieldFilter(MentionedEntity, FilterOperator.Eq, FilterValue.Of(id))));
        return filters.Count == 0 ? null : Filter.All(filters);
    }

    /// <summary>The kinds asked for and the client's filter, or null for all.</summary>
    public static Filter? Of(EntityQuery query)
    {
        var filters = new List<Filter>();
        if (query.Kinds is { Count: > 0 } kinds)
            filters.Add(new FieldFilter(EntityKind, FilterOperator.In, FilterValue.OfList(kinds.Select(k => k.ToString()).ToList())));
        if (query.Where is not null) filters.Add(query.Where);
        return filters.Count == 0 ? null : Filter.All(filters);
    }

    /// <summary>Entities are listed by name unless the client orders them.</summary>
    public static IReadOnlyList<SortField> OrderOf(EntityQuery query) =>
        query.Order is { Count: > 0 } order ? order : [new SortField(EntityQuery.Fields.Name, false)];
}
