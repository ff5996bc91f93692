using GraphQL.Resolvers;
using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// A scalar field whose resolver is GraphQL.NET's <see cref="ExpressionFieldResolver{TSourceType, TProperty}"/>
/// (<c>Field(x =&gt; x.Title)</c>): its value is the expression over the source object and nothing else, known as soon
/// as the object is, so <see cref="QueryExecutionStrategy"/> resolves it in place instead of queueing a node for it.
/// </summary>
public sealed class InPlaceLeaf(IFieldResolver resolver, ScalarGraphType scalar, bool nonNull)
{
    public IFieldResolver Resolver { get; } = resolver;

    public ScalarGraphType Scalar { get; } = scalar;

    /// <summary>A null value is an error with the field's path: such a value goes back to a node, which reports it.</summary>
    public bool NonNull { get; } = nonNull;

    /// <summary>
    /// The leaf of a field definition, or null when the field is not one: a scalar (or enum) with GraphQL.NET's
    /// expression resolver itself (no middleware or context accessor wrapped around it) over a member that is not a
    /// task, which that resolver would await.
    /// </summary>
    public static InPlaceLeaf? Of(FieldType fieldType)
    {
        var type = fieldType.ResolvedType;
        var nonNull = type is NonNullGraphType;
        if (type is NonNullGraphType wrapped) type = wrapped.ResolvedType;
        if (type is not ScalarGraphType scalar || fieldType.Resolver is not { } resolver) return null;
        var resolverType = resolver.GetType();
        if (!resolverType.IsGenericType || resolverType.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)) return null;
        var valueType = resolverType.GetGenericArguments()[1];
        if (typeof(Task).IsAssignableFrom(valueType) || valueType == typeof(ValueTask)
            || (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            return null;
        return new InPlaceLeaf(resolver, scalar, nonNull);
    }
}
