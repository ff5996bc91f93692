using System.ComponentModel.DataAnnotations;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// <c>GraphQL:Limits:*</c>: what one request may ask of the server. Every limit is checked before execution,
/// cheapest first (body size, JSON depth, tokens, then the parsed document), and a rejection names its limit in
/// <c>extensions.code</c> (<see cref="LimitCodes"/>).
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>
    /// Deepest nesting of selection sets below the root, through fragments: <c>{ a { b } }</c> is 1, and the full
    /// introspection query of IDEs is 12 (<c>__schema { types { fields { args { type { ofType … } } } } }</c>).
    /// </summary>
    [Range(1, 30)] // the lexer pass allows 2 braces per level; the parser's own bound (128 AST nodes) stays above that
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Largest cost of one operation. Every field costs 1 times the product of the list sizes above it; a list's size is
    /// its own (or its connection's) <c>first</c>/<c>last</c>, the page-size default when paged, else <see cref="DefaultListSize"/>.
    /// The default admits a 50-release page with people, roles, organisations and events, and refuses 500-item pages nested
    /// two lists deep.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Assumed size of a list field that has no page size (e.g. <c>release.people</c>).</summary>
    [Range(1, 1000)]
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// Assumed size of an introspection list (<c>types</c>, <c>fields</c>, <c>args</c> …): they read the in-memory schema,
    /// so they weigh less than data lists. At 3 the full introspection query of IDEs costs about 40,000.
    /// </summary>
    [Range(1, 1000)]
    public int IntrospectionListSize { get; set; } = 3;

    /// <summary>Aliased fields in a document (alias batching multiplies work without raising depth).</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Fields directly under the operation's root, fragments included.</summary>
    [Range(1, 1000)]
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Lexical tokens in the query text, counted before parsing; the introspection query of an IDE is about 300.</summary>
    [Range(100, 1_000_000)]
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Nesting of the JSON request body (the envelope counts as 1, <c>variables</c> as 2); checked before it is deserialised.</summary>
    [Range(4, 256)]
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Largest <c>first</c>/<c>last</c>; may be lowered below, never raised above, the resolvers' own bound.</summary>
    [Range(1, Paging.MaxPageSize)]
    public int MaxPageSize { get; set; } = Paging.MaxPageSize;
}
