namespace ScoGraphQL.Storage.Querying;

/// <summary>
/// The walk every backend's filter translation shares: AND/OR nodes, a field's own path and its alias arrays. A
/// negative operator must hold for the value and every alias, a positive one for any of them. Subclasses write the
/// predicates in their query language, with values as parameters.
/// </summary>
public abstract class FilterTranslator(FieldMap fields)
{
    protected string Visit(Filter filter) => filter switch
    {
        AndFilter and => Join(and.Parts.Select(Visit).ToList(), "AND", whenEmpty: Always),
        OrFilter or => Join(or.Parts.Select(Visit).ToList(), "OR", whenEmpty: Never),
        FieldFilter field => VisitField(field),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    /// <summary>A condition every row meets: what an empty <c>and</c> means.</summary>
    protected virtual string Always => "true";

    /// <summary>A condition no row meets: what an empty <c>or</c> means.</summary>
    protected virtual string Never => "false";

    /// <summary>The predicate on a single-valued path.</summary>
    protected abstract string Predicate(string path, FieldFilter filter);

    /// <summary>The predicate on an array of values (aliases): ordering comparisons on one are "false".</summary>
    protected abstract string ArrayPredicate(string arrayPath, FieldFilter filter);

    private string VisitField(FieldFilter filter)
    {
        var mapping = fields[filter.Field];
        var parts = new List<string>();
        if (mapping.Path is not null) parts.Add(Predicate(mapping.Path, filter));
        parts.AddRange((mapping.Alternatives ?? []).Select(array => ArrayPredicate(array, filter)));
        var negative = filter.Operator is FilterOperator.Neq or FilterOperator.NotContains or FilterOperator.NotIn;
        return Join(parts, negative ? "AND" : "OR", whenEmpty: Never);
    }

    protected static string Join(IReadOnlyList<string> parts, string op, string whenEmpty) =>
        parts.Count switch
        {
            0 => whenEmpty,
            1 => parts[0],
            _ => "(" + string.Join($" {op} ", parts) + ")",
        };
}
