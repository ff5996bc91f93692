using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Filtering;

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<StringGraphType>("eq").Description("Equal (case-sensitive); null matches a missing value.");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains").Description("Case-insensitive substring.");
        Field<StringGraphType>("ncontains").Description("Does not contain (case-insensitive).");
        Field<StringGraphType>("startsWith").Description("Case-insensitive prefix.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin");
    }
}

public sealed class DateOperationFilterInputType : InputObjectGraphType
{
    public DateOperationFilterInputType()
    {
        Name = "DateOperationFilterInput";
        foreach (var op in new[] { "eq", "neq", "gt", "gte", "lt", "lte" }) Field<DateGraphType>(op);
    }
}

public sealed class DateTimeOperationFilterInputType : InputObjectGraphType
{
    public DateTimeOperationFilterInputType()
    {
        Name = "DateTimeOperationFilterInput";
        foreach (var op in new[] { "eq", "gt", "gte", "lt", "lte" }) Field<DateTimeGraphType>(op);
    }
}

public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        foreach (var op in new[] { "eq", "gt", "gte", "lt", "lte" }) Field<IntGraphType>(op);
    }
}
