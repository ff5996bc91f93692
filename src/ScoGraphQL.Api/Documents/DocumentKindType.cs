using GraphQL.Types;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Documents;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType() => Name = "DocumentKind";
}
