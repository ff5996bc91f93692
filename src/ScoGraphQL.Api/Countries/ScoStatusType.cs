using GraphQL.Types;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Countries;

public sealed class ScoStatusType : EnumerationGraphType<ScoStatus>
{
    public ScoStatusType() => Name = "ScoStatus";
}
