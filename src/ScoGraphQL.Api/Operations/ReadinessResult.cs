namespace ScoGraphQL.Api.Operations;

/// <summary>The answer of an <see cref="IReadinessCheck"/>; <paramref name="Detail"/> says why when not ready.</summary>
public sealed record ReadinessResult(bool Ready, string? Detail = null)
{
    public static ReadinessResult Yes { get; } = new(true);

    public static ReadinessResult No(string detail) => new(false, detail);
}
