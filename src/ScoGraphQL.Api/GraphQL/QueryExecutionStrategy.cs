using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, except that the fields an object selects are collected once per
/// selection set and object type instead of once per object: a 50-release page with people and roles collected the
/// same few selection sets thousands of times per request. Cached documents keep their syntax trees, so later
/// requests with the same text reuse the collected fields too. Where a collection is kept, its scalar leaves with
/// GraphQL.NET's expression resolver (<c>Field(x =&gt; x.Title)</c>) are resolved in place when their object is
/// complete, into the object's node (<see cref="CompactObjectNode"/>), instead of each being a node of its own.
/// </summary>
/// <remarks>
/// Only a collection that no directive took part in (@skip/@include read variables) and that merged no two fields
/// of one response key (the merged field is a new node each time, with its arguments registered per request) is
/// kept; anything else is collected every time, as GraphQL.NET does, and every field is a node. A leaf resolved in
/// place reports nothing; one whose outcome GraphQL.NET would report as an error turns its object's fields back into
/// nodes (<see cref="ResolvedLeafNode"/>), so errors keep their paths and order.
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
        if (!collected.TryFind(parentType, out var plan)) plan = Collect(context, parentType, selectionSet, collected);
        if (plan is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        if (plan.LeafCount > 0 && parent is CompactObjectNode compact)
        {
            SetFieldsInPlace(context, compact, plan);
            return;
        }

        var fields = plan.Fields;
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++) subFields[i] = BuildNode(parent, fields[i]);
        parent.SubFields = subFields;
    }

    private ExecutionNode BuildNode(ObjectExecutionNode parent, PlannedField field) =>
        BuildExecutionNode(parent, field.FieldType.ResolvedType!, field.Field, field.FieldType);

    /// <summary>
    /// GraphQL.NET builds an object node for every object type; these may hold their leaves in place. The node is
    /// built before its object is known, so whether it will is decided when its fields are set.
    /// </summary>
    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType or IAbstractGraphType
            ? new CompactObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    /// <summary>
    /// Resolves the plan's leaves over the object at hand, in order, and builds nodes only for its other fields. When a
    /// leaf's outcome is an error (it threw, did not serialize, is null where it must not be, or is a pending load),
    /// every field of this object becomes a node as GraphQL.NET builds them, the leaves resolved so far carrying their
    /// outcome (<see cref="ResolvedLeafNode"/>) and the rest still to run.
    /// </summary>
    private void SetFieldsInPlace(ExecutionContext context, CompactObjectNode parent, SelectionPlan plan)
    {
        var fields = plan.Fields;
        var many = plan.LeafCount > 1 ? new object?[plan.LeafCount] : null;
        object? single = null;
        var leaf = 0;
        var scope = LeafScope.Enter(parent.Result, context);
        try
        {
            foreach (var field in fields)
            {
                if (field.Leaf is not { } inPlace) continue;
                var (outcome, value) = Resolve(inPlace, scope);
                if (outcome != ResolvedLeafNode.Outcome.Completed)
                {
                    SetFieldNodes(parent, fields, many, single, leaf, outcome, value);
                    return;
                }
                if (many is null) single = value;
                else many[leaf] = value;
                leaf++;
            }
        }
        finally
        {
            scope.Exit();
        }

        var nodes = fields.Length == plan.LeafCount ? [] : new ExecutionNode[fields.Length - plan.LeafCount];
        var node = 0;
        foreach (var field in fields)
        {
            if (field.Leaf is null) nodes[node++] = BuildNode(parent, field);
        }
        parent.SetFields(plan, many ?? single, nodes);
    }

    /// <summary>What GraphQL.NET's <see cref="ExecuteNodeAsync"/> and <see cref="CompleteNodeAsync"/> would make of the leaf, short of reporting it.</summary>
    private static (ResolvedLeafNode.Outcome Outcome, object? Value) Resolve(InPlaceLeaf leaf, LeafScope scope)
    {
        object? result;
        try
        {
            // The expression resolver of a member that is no task returns a finished value.
            result = leaf.Resolver.ResolveAsync(scope.Context).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return (ResolvedLeafNode.Outcome.Failed, e);
        }
        if (result is IDataLoaderResult) return (ResolvedLeafNode.Outcome.Resolved, result);
        object? serialized;
        try
        {
            serialized = leaf.Scalar.Serialize(result);
        }
        catch (Exception e)
        {
            return (ResolvedLeafNode.Outcome.Failed, e);
        }
        return serialized is null && leaf.NonNull
            ? (ResolvedLeafNode.Outcome.Resolved, result)
            : (ResolvedLeafNode.Outcome.Completed, serialized);
    }

    /// <summary>Every field of the object as a node; leaves before <paramref name="failedAt"/> completed in place, the one at it with its outcome.</summary>
    private void SetFieldNodes(CompactObjectNode parent, PlannedField[] fields, object?[]? many, object? single, int failedAt,
        ResolvedLeafNode.Outcome outcome, object? value)
    {
        var subFields = new ExecutionNode[fields.Length];
        var leaf = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Leaf is { } inPlace && leaf <= failedAt)
            {
                subFields[i] = leaf == failedAt
                    ? new ResolvedLeafNode(parent, inPlace.Scalar, field.Field, field.FieldType, outcome, value)
                    : new ResolvedLeafNode(parent, inPlace.Scalar, field.Field, field.FieldType, ResolvedLeafNode.Outcome.Completed, many is null ? single : many[leaf]);
                leaf++;
            }
            else subFields[i] = BuildNode(parent, field);
        }
        parent.SubFields = subFields;
    }

    /// <summary>
    /// The resolve context the in-place leaves run with, one per thread: GraphQL.NET's, over a stand-in node whose
    /// source is the object. The expression resolver reads nothing else of it (its body is the expression over
    /// <c>(TSource)context.Source</c>), and the context is let go of after each object so no request stays reachable.
    /// </summary>
    private sealed class LeafScope
    {
        [ThreadStatic]
        private static LeafScope? _current;

        private readonly SourceNode _node = new();

        private LeafScope(ExecutionContext context) => Context = new ReadonlyResolveFieldContext(_node, context);

        public ReadonlyResolveFieldContext Context { get; }

        public static LeafScope Enter(object? source, ExecutionContext context)
        {
            var scope = _current ??= new LeafScope(context);
            scope._node.Value = source;
            ResetContext(scope.Context, scope._node, context);
            return scope;
        }

        public void Exit()
        {
            _node.Value = null;
            ResetContext(Context, _node, null);
        }

        private sealed class SourceNode() : ExecutionNode(null!, null!, null!, null!, null)
        {
            public object? Value { get; set; }

            public override object? Source => Value;

            public override object? ToValue() => Value;
        }
    }

    /// <summary>Spare resolve context of this thread, as GraphQL.NET keeps its own (a new one per field was 40 bytes each).</summary>
    [ThreadStatic]
    private static ReadonlyResolveFieldContext? _spareContext;

    /// <summary>
    /// GraphQL.NET's step for one field, without its two async frames when the resolver and the completion finish at
    /// once, as nearly every field of a page does (leaves, lists read from the source, pending loader handles). A
    /// field that is really asynchronous, or fails, continues on the same path as GraphQL.NET's: same result, same
    /// errors, same reuse of the resolve context.
    /// </summary>
    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node is RootExecutionNode || node.Parent is ArrayExecutionNode || context.CancellationToken.IsCancellationRequested)
            return base.ExecuteNodeAsync(context, node);
        if (node is ResolvedLeafNode resolved) return ReportAsync(context, resolved);

        ReadonlyResolveFieldContext resolveContext;
        ValueTask<object?> resolving;
        try
        {
            var spare = _spareContext;
            _spareContext = null;
            resolveContext = spare is null ? new ReadonlyResolveFieldContext(node, context) : ResetContext(spare, node, context);
            resolving = SelectResolver(node, context).ResolveAsync(resolveContext);
        }
        catch (Exception e)
        {
            return FailAsync(context, node, e);
        }
        if (!resolving.IsCompletedSuccessfully) return ExecuteRestAsync(context, node, resolveContext, resolving);

        var result = resolving.Result;
        node.Result = result;
        // Most results are strings: a class check first spares a search of string's interfaces.
        if (result is not string && result is IDataLoaderResult) return Task.CompletedTask;
        var completing = CompleteNodeAsync(context, node);
        if (!completing.IsCompletedSuccessfully) return CompleteRestAsync(context, node, resolveContext, result, completing);
        Recycle(resolveContext, result);
        return Task.CompletedTask;
    }

    /// <summary>A leaf resolved in place whose outcome is reported here, at its turn: as the rest of GraphQL.NET's step would.</summary>
    private Task ReportAsync(ExecutionContext context, ResolvedLeafNode node)
    {
        switch (node.Kind)
        {
            case ResolvedLeafNode.Outcome.Failed:
                return FailAsync(context, node, (Exception)node.Value!);
            case ResolvedLeafNode.Outcome.Completed:
                node.Result = node.Value;
                return Task.CompletedTask;
            default:
                node.Result = node.Value;
                return node.Value is IDataLoaderResult ? Task.CompletedTask : CompleteNodeAsync(context, node);
        }
    }

    private async Task ExecuteRestAsync(ExecutionContext context, ExecutionNode node, ReadonlyResolveFieldContext resolveContext, ValueTask<object?> resolving)
    {
        object? result;
        try
        {
            result = await resolving.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await FailAsync(context, node, e).ConfigureAwait(false);
            return;
        }
        node.Result = result;
        if (result is IDataLoaderResult) return;
        await CompleteRestAsync(context, node, resolveContext, result, CompleteNodeAsync(context, node)).ConfigureAwait(false);
    }

    private async Task CompleteRestAsync(ExecutionContext context, ExecutionNode node, ReadonlyResolveFieldContext resolveContext, object? result, Task completing)
    {
        try
        {
            await completing.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await FailAsync(context, node, e).ConfigureAwait(false);
            return;
        }
        Recycle(resolveContext, result);
    }

    /// <summary>
    /// GraphQL.NET's completion of a node (serialise a leaf, check the value against the field's type, build the
    /// children), as a plain call when it finishes at once, which it does unless a list's items do not.
    /// </summary>
    protected override Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        try
        {
            if (node is ValueExecutionNode leaf) node.Result = leaf.GraphType.Serialize(node.Result);
            ValidateNodeResult(context, node);
            if (node.Result is null) return Task.CompletedTask;
            if (node is ObjectExecutionNode parent) SetSubFieldNodes(context, parent);
            else if (node is ArrayExecutionNode list)
            {
                var items = SetArrayItemNodesAsync(context, list);
                if (!items.IsCompletedSuccessfully) return AfterItemsAsync(context, node, items);
            }
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return FailAsync(context, node, e);
        }
    }

    private async Task AfterItemsAsync(ExecutionContext context, ExecutionNode node, Task items)
    {
        try
        {
            await items.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await FailAsync(context, node, e).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// As GraphQL.NET: a context may serve the next field unless a loader handle or a lazy list (LINQ over the
    /// context's source) may still read it.
    /// </summary>
    private static void Recycle(ReadonlyResolveFieldContext resolveContext, object? result)
    {
        if (result is string || result is not IEnumerable) _spareContext ??= ResetContext(resolveContext, null, null);
    }

    /// <summary>GraphQL.NET's handling of a field's exception: cancellation passes, errors are the field's, the rest go to the unhandled-exception delegate.</summary>
    private async Task FailAsync(ExecutionContext context, ExecutionNode node, Exception exception)
    {
        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested) ExceptionDispatchInfo.Throw(exception);
        if (exception is ExecutionError error)
        {
            SetNodeError(context, node, error);
            return;
        }
        if (await ProcessNodeUnhandledExceptionAsync(context, node, exception).ConfigureAwait(false)) ExceptionDispatchInfo.Throw(exception);
    }

    /// <summary>GraphQL.NET's own (internal) way of pointing a context at another field, the one its executer uses for the same reuse.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Reset")]
    private static extern ReadonlyResolveFieldContext ResetContext(ReadonlyResolveFieldContext resolveContext, ExecutionNode? node, ExecutionContext? context);

    /// <summary>
    /// The items of a list that is already at hand, built and completed in a plain loop while each completes at once
    /// (GraphQL.NET awaits each item through an async frame); the first item that does not finish at once continues
    /// asynchronously in the same order. Lists of scalars and lists that are not <see cref="IList"/> take GraphQL.NET's path.
    /// </summary>
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType!).ResolvedType!;
        if (itemType is NonNullGraphType nonNull) itemType = nonNull.ResolvedType!;
        if (parent.Result is not IList list || itemType is ScalarGraphType) return base.SetArrayItemNodesAsync(context, parent);

        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var item = BuildItem(parent, itemType, list[i], i);
            if (item.Result is not IDataLoaderResult)
            {
                var completing = CompleteNodeAsync(context, item);
                if (!completing.IsCompletedSuccessfully) return SetRestOfItemsAsync(context, parent, itemType, list, items, item, completing);
            }
            items.Add(item);
        }
        parent.Items = items;
        return Task.CompletedTask;
    }

    private ExecutionNode BuildItem(ArrayExecutionNode parent, IGraphType itemType, object? value, int index)
    {
        var item = BuildExecutionNode(parent, itemType, parent.Field!, parent.FieldDefinition!, index);
        item.Result = value;
        return item;
    }

    private async Task SetRestOfItemsAsync(ExecutionContext context, ArrayExecutionNode parent, IGraphType itemType, IList list,
        List<ExecutionNode> items, ExecutionNode pendingItem, Task completing)
    {
        await completing.ConfigureAwait(false);
        items.Add(pendingItem);
        for (var i = items.Count; i < list.Count; i++)
        {
            var item = BuildItem(parent, itemType, list[i], i);
            if (item.Result is not IDataLoaderResult) await CompleteNodeAsync(context, item).ConfigureAwait(false);
            items.Add(item);
        }
        parent.Items = items;
    }

    /// <summary>The fields in GraphQL.NET's order, remembered when they may be; null when this set must be collected per request.</summary>
    private SelectionPlan? Collect(ExecutionContext context, IGraphType parentType, GraphQLSelectionSet selectionSet, CollectedFields collected)
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
            : new SelectionPlan([.. fields.Values.Select(f => new PlannedField(f.field, f.fieldType, f.field.Alias?.Name.StringValue, InPlaceLeaf.Of(f.fieldType)))]);
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
        private (IGraphType Type, SelectionPlan? Plan)[] _byType = [];

        private readonly Lock _gate = new();

        /// <summary>False when this type was not collected yet; else its kept plan, or null when its fields are collected per request.</summary>
        public bool TryFind(IGraphType type, out SelectionPlan? plan)
        {
            foreach (var (known, kept) in Volatile.Read(ref _byType))
            {
                if (!ReferenceEquals(known, type)) continue;
                plan = kept;
                return true;
            }
            plan = null;
            return false;
        }

        public void Add(IGraphType type, SelectionPlan? plan)
        {
            lock (_gate)
            {
                var byType = _byType;
                foreach (var (known, _) in byType)
                {
                    if (ReferenceEquals(known, type)) return;
                }
                Volatile.Write(ref _byType, [.. byType, (type, plan)]);
            }
        }
    }
}
