using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Limits;

namespace ScoGraphQL.Api.Http;

/// <summary>How every transport (HTTP, WebSocket) turns a GraphQL request into execution options, so both run the same way.</summary>
public static class GraphQLExecution
{
    /// <param name="document">Already parsed by the transport (GET checks the operation type), else null.</param>
    /// <param name="cost">Filled in by the cost rule during validation, reported as <c>extensions.cost</c>.</param>
    public static ExecutionOptions Options(
        ISchema schema, GraphQLRequest request, IServiceProvider services, ClaimsPrincipal user, OperationCost cost,
        CancellationToken cancellationToken, GraphQLDocument? document = null) => new()
        {
            Schema = schema,
            Query = NormalizeLineBreaks(request.Query),
            Document = request.Query is null ? null : document, // a documentId is resolved by the trusted-document handler
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            DocumentId = request.DocumentId,
            RequestServices = services,
            User = user,
            UserContext = new RequestUserContext(cost),
            CancellationToken = cancellationToken,
        };

    /// <summary>
    /// A bare carriage return (a GraphQL line break, like "\n") becomes "\n": same meaning, same offsets, and it keeps
    /// GraphQLParser 9.5 from throwing IndexOutOfRangeException while composing a syntax error on a later line.
    /// </summary>
    public static string? NormalizeLineBreaks(string? query)
    {
        if (query is null || !query.Contains('\r')) return query;
        var chars = query.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n')) chars[i] = '\n';
        }
        return new string(chars);
    }
}
