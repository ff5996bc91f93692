using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// Limits what depth and cost do not see: aliases (one field asked for a thousand times under different names) and
/// root fields (many independent queries in one operation). Both are counted on the syntax tree, without following
/// fragment cycles, so the rule stays linear in the document's size.
/// </summary>
public sealed class OperationShapeRule(IOptions<LimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var source = context.Document.Source;

        var aliases = new List<GraphQLField>();
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set }) CollectAliases(set, aliases);
        }
        if (aliases.Count > limits.MaxAliases)
        {
            context.ReportError(new LimitError(LimitCodes.MaxAliasesExceeded,
                $"The document has {aliases.Count} aliased fields; the limit is {limits.MaxAliases}.", source, aliases[limits.MaxAliases]));
        }

        if (context.Operation is { } operation)
        {
            var roots = CountRootFields(operation.SelectionSet, context.Document, []);
            if (roots > limits.MaxRootFields)
            {
                context.ReportError(new LimitError(LimitCodes.MaxRootFieldsExceeded,
                    $"The operation selects {roots} root fields; the limit is {limits.MaxRootFields}.", source, operation));
            }
        }
        return default;
    }

    private static void CollectAliases(GraphQLSelectionSet set, List<GraphQLField> aliases)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLField { Alias: not null } field) aliases.Add(field);
            if (selection is IHasSelectionSetNode { SelectionSet: { } child }) CollectAliases(child, aliases);
        }
    }

    private static int CountRootFields(GraphQLSelectionSet set, GraphQLDocument document, HashSet<string> fragmentsSeen)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountRootFields(inline.SelectionSet, document, fragmentsSeen),
                GraphQLFragmentSpread spread when fragmentsSeen.Add(spread.FragmentName.Name.StringValue)
                    && Fragment(document, spread.FragmentName.Name.StringValue) is { } fragment
                    => CountRootFields(fragment.SelectionSet, document, fragmentsSeen),
                _ => 0,
            };
        }
        return count;
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name.StringValue == name) return fragment;
        }
        return null;
    }
}
