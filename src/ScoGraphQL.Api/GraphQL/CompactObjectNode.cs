using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// GraphQL.NET's object node, whose scalar leaves <see cref="QueryExecutionStrategy"/> may have resolved in place: then
/// <see cref="ObjectExecutionNode.SubFields"/> holds only the other fields' nodes (what the executer queues and null
/// propagation walks; a leaf resolved in place is never null where it must not be) and the leaves' values sit here, in
/// the order of <see cref="Plan"/>. A page of 50 releases had about 1,500 leaf nodes of 64 bytes, each executed
/// through the node queue, for values its object already held.
/// </summary>
/// <remarks>
/// Only <see cref="Http.ExecutionResultWriter"/> (the API's serializer) and <see cref="ToValue"/> know the leaves:
/// GraphQL.NET's own result converters walk <see cref="ObjectExecutionNode.SubFields"/> and would leave them out.
/// </remarks>
public sealed class CompactObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    /// <summary>One value when the plan has one leaf (most objects of a page), else an array of them.</summary>
    private object? _leaves;

    /// <summary>The fields in response order when leaves were resolved in place; null when every field is a node.</summary>
    public SelectionPlan? Plan { get; private set; }

    /// <summary>The serialized value of the plan's <paramref name="index"/>-th leaf.</summary>
    public object? Leaf(int index) => Plan!.LeafCount == 1 ? _leaves : ((object?[])_leaves!)[index];

    internal void SetFields(SelectionPlan plan, object? leaves, ExecutionNode[] nodes)
    {
        Plan = plan;
        _leaves = leaves;
        SubFields = nodes;
    }

    /// <summary>As GraphQL.NET's: the response keys and values in order, the leaves among them.</summary>
    public override object? ToValue()
    {
        if (Plan is not { } plan || SubFields is not { } nodes) return base.ToValue();
        var values = new Dictionary<string, object?>(plan.Fields.Length);
        var (leaf, node) = (0, 0);
        foreach (var field in plan.Fields)
            values.Add(field.Alias ?? field.FieldType.Name, field.Leaf is null ? nodes[node++].ToValue() : Leaf(leaf++));
        return values;
    }
}
