using GraphQL.Validation;
using GraphQLParser.AST;
using ScoGraphQL.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// Limits counted on the syntax tree before the other rules walk it: aliases (one field asked for a thousand times
/// under different names), root fields (many queries in one operation), and depth and size with fragments expanded.
/// Fragments are measured once each (memoised) and cycles are not followed, so the rule stays linear in the
/// document's size even when fragments spread each other exponentially; GraphQL.NET's complexity analyser, which
/// expands every spread, then only runs on documents already known to be small.
/// </summary>
public sealed class OperationShapeRule(IOptions<LimitsOptions> options) : ValidationRuleBase, IDocumentOnlyRule
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

            var (depth, fields) = new Expansion(context.Document).Measure(operation.SelectionSet);
            if (OperationCost.From(context.UserContext) is { } cost) cost.Depth = depth;
            if (depth > limits.MaxDepth)
            {
                context.ReportError(new LimitError(LimitCodes.MaxDepthExceeded,
                    $"The operation nests fields {depth} deep; the limit is {limits.MaxDepth}.", source, operation));
            }
            else if (fields > limits.MaxCost)
            {
                // Every field costs at least 1, so this many fields is over the budget whatever the page sizes.
                context.ReportError(new LimitError(LimitCodes.CostLimitExceeded,
                    $"The operation expands to more than {limits.MaxCost} fields; the cost limit is {limits.MaxCost}.", source, operation));
            }
        }
        return default;
    }

    /// <summary>
    /// Depth and field count with fragments expanded. Depth counts selection sets below the root fields, as
    /// graphql-depth-limit does: <c>{ a { b } }</c> is 1. (GraphQL.NET's analyser counts the leaf level too, one more.)
    /// </summary>
    private sealed class Expansion(GraphQLDocument document)
    {
        private readonly Dictionary<string, (int Depth, double Fields)> _fragments = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public (int Depth, double Fields) Measure(GraphQLSelectionSet set)
        {
            var depth = 0;
            var fields = 0d;
            foreach (var selection in set.Selections)
            {
                var (d, f) = selection switch
                {
                    // Introspection (__schema, __type) is bounded by IntrospectionDepthRule instead: the standard
                    // introspection query of graphql-js, which code generators send, nests type references 14 deep.
                    GraphQLField { SelectionSet: { } child } field when field.Name.Value.Span.StartsWith("__") => (0, Measure(child).Fields + 1),
                    GraphQLField { SelectionSet: { } child } => OneLevelUp(Measure(child)),
                    GraphQLField => (0, 1),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue),
                    _ => default,
                };
                depth = Math.Max(depth, d);
                fields += f;
            }
            return (depth, fields);
        }

        private static (int Depth, double Fields) OneLevelUp((int Depth, double Fields) children) => (children.Depth + 1, children.Fields + 1);

        private (int Depth, double Fields) MeasureFragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known)) return known;
            // A cycle: NoFragmentCycles reports it; here it adds nothing.
            if (!_inProgress.Add(name) || Fragment(document, name) is not { } fragment) return default;
            var measured = Measure(fragment.SelectionSet);
            _inProgress.Remove(name);
            return _fragments[name] = measured;
        }
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
