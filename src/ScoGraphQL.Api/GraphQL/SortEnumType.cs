using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", false, "Ascending.");
        Add("DESC", true, "Descending.");
    }
}
