using GraphQL.Types;
using GraphQL.Validation.Complexity;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// The cost model, plugged into GraphQL.NET's complexity analyser: every field costs 1, multiplied by the size of every
/// list above it. A list's size is its page size: its own <c>first</c>/<c>last</c>, else its connection's (the field
/// above <c>nodes</c>/<c>edges</c>), else the paging default when the field is paged, else <see cref="LimitsOptions.DefaultListSize"/>.
/// So <c>releases(first: 50) { nodes { title } }</c> costs 1 + 1 + 50, and each further list multiplies what is under it.
/// </summary>
public static class CostModel
{
    public static void Configure(ComplexityOptions complexity, LimitsOptions limits)
    {
        // The limits are checked in Validate, not by the analyser, so each rejection carries its own code.
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        complexity.DefaultScalarImpact = 1;
        complexity.DefaultObjectImpact = 1;
        complexity.DefaultListImpactMultiplier = limits.DefaultListSize;
        complexity.DefaultComplexityImpactDelegate = context => Impact(context, limits);
        complexity.ValidateComplexityDelegate = context => Validate(context, limits);
    }

    private static FieldComplexityResult Impact(FieldImpactContext context, LimitsOptions limits)
    {
        CheckPageSize(context, limits);
        if (!IsList(context.FieldDefinition)) return new(1, 1);
        // Introspection reads the in-memory schema, not the database: its lists (types, fields, args) weigh less.
        if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)) return new(1, limits.IntrospectionListSize);
        var size = PageSize(context, limits);
        if (size is null && context.Parent is { } parent && !IsList(parent.FieldDefinition)) size = PageSize(parent, limits);
        return new(1, size ?? limits.DefaultListSize);
    }

    /// <summary>The field's requested page size, the paging default when it is paged but none was given, or null when it is not paged.</summary>
    private static double? PageSize(FieldImpactContext context, LimitsOptions limits)
    {
        foreach (var name in (ReadOnlySpan<string>)["first", "last"])
        {
            if (context.Arguments?.TryGetValue(name, out var argument) == true && argument.Value is int size)
                return Math.Clamp(size, 0, limits.MaxPageSize);
        }
        return context.FieldDefinition.Arguments?.Find("first") is not null ? Paging.DefaultPageSize : null;
    }

    /// <summary>
    /// Refuses a page size over <see cref="LimitsOptions.MaxPageSize"/> before execution, with the code and wording the
    /// resolvers use for it (they still check it, for documents validated elsewhere).
    /// </summary>
    private static void CheckPageSize(FieldImpactContext context, LimitsOptions limits)
    {
        foreach (var name in (ReadOnlySpan<string>)["first", "last"])
        {
            if (context.Arguments?.TryGetValue(name, out var argument) == true && argument.Value is int size && size > limits.MaxPageSize)
            {
                context.ValidationContext.ReportError(new LimitError(LimitCodes.BadUserInput,
                    $"Argument '{name}' must be between 0 and {limits.MaxPageSize}; it was {size}.",
                    context.ValidationContext.Document.Source, context.FieldAst));
            }
        }
    }

    private static bool IsList(FieldType field) =>
        (field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType) is ListGraphType;

    /// <summary>Records the cost for <c>extensions.cost</c> and refuses it over budget. Depth is <see cref="OperationShapeRule"/>'s.</summary>
    private static Task Validate(ComplexityValidationContext context, LimitsOptions limits)
    {
        if (OperationCost.From(context.ValidationContext.UserContext) is { } cost)
        {
            cost.Requested = context.TotalImpact;
            cost.Limit = limits.MaxCost;
        }
        if (context.TotalImpact > limits.MaxCost)
        {
            context.Error = new LimitError(LimitCodes.CostLimitExceeded,
                $"The operation costs {Math.Ceiling(context.TotalImpact):0} (each field 1, times the page sizes of the lists above it); the limit is {limits.MaxCost}. Ask for smaller pages or fewer nested lists.",
                context.ValidationContext.Document.Source, context.ValidationContext.Operation);
        }
        return Task.CompletedTask;
    }
}
