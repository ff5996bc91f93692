namespace ScoGraphQL.Api.Operations;

/// <summary>
/// One thing /readyz waits for. Every implementation registered in DI is asked on each probe; features add their own
/// (the corpus store here; the search index registers one when it is ready to answer).
/// </summary>
public interface IReadinessCheck
{
    /// <summary>Short name shown in the /readyz body, e.g. "store".</summary>
    string Name { get; }

    Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}
