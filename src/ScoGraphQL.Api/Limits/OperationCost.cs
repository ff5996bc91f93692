namespace ScoGraphQL.Api.Limits;

/// <summary>
/// The cost analysis of one request, filled in during validation and read by the endpoint for <c>extensions.cost</c>
/// and the request log. It travels in <c>ExecutionOptions.UserContext</c> under <see cref="Key"/>.
/// </summary>
public sealed class OperationCost
{
    public const string Key = "ScoGraphQL.OperationCost";

    /// <summary>The computed cost of the selected operation; null until the analysis ran (e.g. a syntax error came first).</summary>
    public double? Requested { get; set; }

    /// <summary>The budget it was measured against.</summary>
    public int Limit { get; set; }

    /// <summary>Deepest field nesting of the operation.</summary>
    public int Depth { get; set; }

    /// <summary>The <c>extensions.cost</c> object: requested, limit and depth.</summary>
    public Dictionary<string, object?> ToExtension() => new()
    {
        ["requested"] = Requested is { } requested ? (long)Math.Ceiling(requested) : null,
        ["limit"] = Limit,
        ["depth"] = Depth,
    };

    public static OperationCost? From(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as OperationCost : null;
}
