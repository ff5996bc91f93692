using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Filtering;

/// <summary>A Hot Chocolate-style <c>order</c> item: each field takes ASC or DESC; list items apply in order.</summary>
public abstract class SortInputType : InputObjectGraphType
{
    protected SortInputType(string name, params string[] fields)
    {
        Name = name;
        foreach (var field in fields) Field<SortEnumType>(field);
    }
}
