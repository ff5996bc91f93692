using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Filtering;

/// <summary>
/// A Hot Chocolate-style <c>where</c> input: <c>and</c>/<c>or</c> lists of itself plus one operation input
/// per filterable field. <see cref="Fields"/> maps each GraphQL field to the storage's logical field.
/// </summary>
public abstract class FilterInputType<TSelf> : InputObjectGraphType
    where TSelf : FilterInputType<TSelf>
{
    protected FilterInputType(string name)
    {
        Name = name;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these must hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these must hold.");
    }

    protected void Operation<TOperationInput>(string field, string? description = null)
        where TOperationInput : IInputObjectGraphType
    {
        var builder = Field<TOperationInput>(field);
        if (description is not null) builder.Description(description);
    }
}
