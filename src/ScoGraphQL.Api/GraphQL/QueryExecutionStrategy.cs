using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, except that the fields an object selects are collected once per
/// selection set and object type instead of once per object: a 50-release page with people and roles collected the
/// same few selection sets thousands of times per request. Cached documents keep their syntax trees, so later
/// requests with the same text reuse the collected fields too.
/// </summary>
/// <remarks>
/// Only a collection that no directive took part in (@skip/@include read variables) and that merged no two fields
/// of one response key (the merged field is a new node each time, with its arguments registered per request) is
/// kept; anything else is collected every time, as GraphQL.NET does. The nodes built from it are the same either way.
/// </remarks>
public sealed class QueryExecutionStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, CollectedFields> _collected = [];

    /// <summary>Set while this thread collects fields to keep: what the collection met that makes it per request.</summary>
    [ThreadStatic]
    private static Collection? _collection;

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var selectionSet = parent.SelectionSet!;
        var collected = _collected.GetOrCreateValue(selectionSet);
        if (!collected.TryFind(parentType, out var fields)) fields = Collect(context, parentType, selectionSet, collected);
        if (fields is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, fieldDefinition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, fieldDefinition.ResolvedType!, field, fieldDefinition);
        }
        parent.SubFields = subFields;
    }

    /// <summary>The fields in GraphQL.NET's order, remembered when they may be; null when this set must be collected per request.</summary>
    private (GraphQLField Field, FieldType FieldType)[]? Collect(ExecutionContext context, IGraphType parentType, GraphQLSelectionSet selectionSet, CollectedFields collected)
    {
        var collection = _collection = new Collection();
        Dictionary<string, (GraphQLField field, FieldType fieldType)> fields;
        try
        {
            fields = CollectFieldsFrom(context, parentType, selectionSet, null);
        }
        finally
        {
            _collection = null;
        }
        var kept = collection.SawDirective || collection.FieldSelections != fields.Count
            ? null
            : fields.Values.Select(f => (f.field, f.fieldType)).ToArray();
        collected.Add(parentType, kept);
        return kept;
    }

    protected override bool ShouldIncludeNode<TASTNode>(ExecutionContext context, TASTNode node)
    {
        if (_collection is { } collection)
        {
            if (node.Directives is not null) collection.SawDirective = true;
            if (node is GraphQLField) collection.FieldSelections++;
        }
        return base.ShouldIncludeNode(context, node);
    }

    private sealed class Collection
    {
        public bool SawDirective { get; set; }

        /// <summary>Field selections met; more than the fields collected means two were merged under one response key.</summary>
        public int FieldSelections { get; set; }
    }

    /// <summary>One selection set's fields per object type; written rarely, read by every request, so replaced whole.</summary>
    private sealed class CollectedFields
    {
        private (IGraphType Type, (GraphQLField, FieldType)[]? Fields)[] _byType = [];

        private readonly Lock _gate = new();

        /// <summary>False when this type was not collected yet; else its kept fields, or null when they are collected per request.</summary>
        public bool TryFind(IGraphType type, out (GraphQLField, FieldType)[]? fields)
        {
            foreach (var (known, kept) in Volatile.Read(ref _byType))
            {
                if (!ReferenceEquals(known, type)) continue;
                fields = kept;
                return true;
            }
            fields = null;
            return false;
        }

        public void Add(IGraphType type, (GraphQLField, FieldType)[]? fields)
        {
            lock (_gate)
            {
                var byType = _byType;
                foreach (var (known, _) in byType)
                {
                    if (ReferenceEquals(known, type)) return;
                }
                Volatile.Write(ref _byType, [.. byType, (type, fields)]);
            }
        }
    }
}
