using GraphQL.Validation;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> when <c>GraphQL:EnableIntrospection</c> is false (<c>__typename</c> stays:
/// clients need it for unions). Ours rather than GraphQL.NET's NoIntrospectionValidationRule for the
/// INTROSPECTION_DISABLED code and a message that says how to turn it on.
/// </summary>
public sealed class IntrospectionRule(IOptions<IntrospectionOptions> options) : ValidationRuleBase, IDocumentOnlyRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(options.Value.EnableIntrospection ? null : Visitor);

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.Value.Span is "__schema" or "__type")
        {
            context.ReportError(new LimitError(LimitCodes.IntrospectionDisabled,
                "Introspection is disabled on this server (GraphQL:EnableIntrospection=false); the schema is published as schema/schema.graphql.",
                context.Document.Source, field));
        }
    });
}
