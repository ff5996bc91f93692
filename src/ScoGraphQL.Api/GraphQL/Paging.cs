using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>The Relay paging arguments, with the bounds every list promises: default 50, at most 500.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, bool backward = true)
    {
        field.Argument<IntGraphType>("first", $"Items from the start (default {DefaultPageSize}, at most {MaxPageSize}).")
             .Argument<StringGraphType>("after", "Cursor: items after this one.");
        if (backward)
        {
            field.Argument<IntGraphType>("last", $"Items from the end (at most {MaxPageSize}).")
                 .Argument<StringGraphType>("before", "Cursor: items before this one.");
        }
        return field;
    }

    /// <exception cref="ExecutionError">A page size out of bounds or a cursor that is not ours; the message names the argument.</exception>
    public static PageRequest PageRequest(this IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckSize("first", first);
        CheckSize("last", last);
        if (first is null && last is null) first = DefaultPageSize;
        return new PageRequest(first, DecodeCursor(context, "after"), last, DecodeCursor(context, "before"));
    }

    private static void CheckSize(string argument, int? size)
    {
        if (size is < 0 or > MaxPageSize)
            throw new InvalidArgumentError(argument, $"Argument '{argument}' must be between 0 and {MaxPageSize}; it was {size}.");
    }

    private static int? DecodeCursor(IResolveFieldContext context, string argument)
    {
        var cursor = context.GetArgument<string?>(argument);
        if (cursor is null) return null;
        return Cursor.TryDecode(cursor, out var position)
            ? position
            : throw new InvalidArgumentError(argument, $"Argument '{argument}' is not a cursor this API issued: '{Truncate(cursor)}'.");
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
