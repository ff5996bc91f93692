using GraphQL.Validation;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Auth;

/// <summary>
/// Refuses a mutation operation unless the request was authenticated with the API key. As a validation rule
/// it runs before any resolver, so a refused mutation changes nothing, whichever transport carried it.
/// </summary>
public sealed class ApiKeyValidationRule(ApiKey key) : ValidationRuleBase, IDocumentOnlyRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation && context.User?.Identity is not { IsAuthenticated: true })
        {
            var message = key.Value is null
                ? "Mutations are refused: this server has no API key configured (set Auth:ApiKey)."
                : $"Mutations need the API key in the {ApiKey.HeaderName} header (over WebSocket: in the connection_init payload).";
            context.ReportError(new NotAuthenticatedError(context.Document.Source, message, context.Operation));
        }
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
