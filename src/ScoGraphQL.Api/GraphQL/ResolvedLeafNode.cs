using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// A leaf whose resolver already ran in place, in an object where one leaf's outcome is the executer's to report (it
/// threw, it is null where it must not be, it did not serialize): that object's fields are all nodes, as GraphQL.NET
/// builds them. <see cref="QueryExecutionStrategy"/> takes each such outcome at the node's turn in the queue, where
/// GraphQL.NET would have run the resolver, so every error, its path and its place among the others are the same, and
/// no resolver runs twice.
/// </summary>
public sealed class ResolvedLeafNode(ExecutionNode parent, ScalarGraphType graphType, GraphQLField field, FieldType fieldDefinition, ResolvedLeafNode.Outcome outcome, object? value)
    : ValueExecutionNode(parent, graphType, field, fieldDefinition, null)
{
    public enum Outcome
    {
        /// <summary>The resolver returned <see cref="Value"/>; serializing and checking it are still to do.</summary>
        Resolved,

        /// <summary><see cref="Value"/> is serialized and passed the checks: the node is done.</summary>
        Completed,

        /// <summary>The resolver or the serializer threw <see cref="Value"/> (an <see cref="Exception"/>).</summary>
        Failed,
    }

    public Outcome Kind { get; } = outcome;

    public object? Value { get; } = value;
}
