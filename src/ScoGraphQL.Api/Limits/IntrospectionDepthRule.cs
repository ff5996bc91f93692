using GraphQL.Validation;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// Introspection can cycle: <c>__type { fields { type { fields { type { fields … } } } } }</c> multiplies by the
/// schema's field count at every step while staying under the depth and cost limits (introspection lists weigh
/// little). Like graphql-js's MaxIntrospectionDepthRule, this refuses <c>fields</c>, <c>inputFields</c>,
/// <c>interfaces</c> and <c>possibleTypes</c> nested more than 3 deep; IDEs' introspection query nests them once.
/// </summary>
public sealed class IntrospectionDepthRule : ValidationRuleBase, IDocumentOnlyRule
{
    private const int MaxNesting = 3;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation && new Walk(context.Document).TooDeep(operation.SelectionSet, 0))
        {
            context.ReportError(new LimitError(LimitCodes.MaxDepthExceeded,
                $"Introspection nests fields, inputFields, interfaces or possibleTypes more than {MaxNesting} deep.",
                context.Document.Source, operation));
        }
        return default;
    }

    private sealed class Walk(GraphQLDocument document)
    {
        // (fragment, nesting) pairs already walked: each fragment is walked at most MaxNesting + 1 times, and cycles stop.
        private readonly HashSet<(string, int)> _seen = [];

        public bool TooDeep(GraphQLSelectionSet set, int nesting)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when field.SelectionSet is { } child:
                        var deeper = field.Name.Value.Span is "fields" or "inputFields" or "interfaces" or "possibleTypes" ? nesting + 1 : nesting;
                        if (deeper > MaxNesting || TooDeep(child, deeper)) return true;
                        break;
                    case GraphQLInlineFragment inline when TooDeep(inline.SelectionSet, nesting):
                        return true;
                    case GraphQLFragmentSpread spread when _seen.Add((spread.FragmentName.Name.StringValue, nesting))
                        && Fragment(spread.FragmentName.Name.StringValue) is { } fragment && TooDeep(fragment.SelectionSet, nesting):
                        return true;
                }
            }
            return false;
        }

        private GraphQLFragmentDefinition? Fragment(string name) =>
            document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
    }
}
