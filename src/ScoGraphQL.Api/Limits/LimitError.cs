using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.Limits;

/// <summary>A validation error whose <c>extensions.code</c> names the limit (the base class would derive it from the type name).</summary>
public sealed class LimitError : ValidationError
{
    public LimitError(string code, string message, ROM query = default, params ASTNode[] nodes)
        : base(query, "limits", message, nodes)
    {
        Code = code;
    }
}
