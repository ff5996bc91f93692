using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL.Errors;

namespace ScoGraphQL.Api.Auth;

/// <summary>A mutation without the API key: <c>extensions.code</c> is AUTH_NOT_AUTHENTICATED.</summary>
public sealed class NotAuthenticatedError : ValidationError
{
    public NotAuthenticatedError(ROM query, string message, ASTNode operation) : base(query, null, message, operation)
    {
        Code = UserErrorCodes.NotAuthenticated;
    }
}
