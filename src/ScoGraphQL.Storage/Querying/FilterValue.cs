namespace ScoGraphQL.Storage.Querying;

/// <summary>The operand of a <see cref="FieldFilter"/>: a scalar (string, int, DateTime) or a list of strings.</summary>
public sealed record FilterValue(object? Scalar, IReadOnlyList<string>? List = null)
{
    public static FilterValue Of(object? scalar) => new(scalar);

    public static FilterValue OfList(IReadOnlyList<string> list) => new(null, list);
}
