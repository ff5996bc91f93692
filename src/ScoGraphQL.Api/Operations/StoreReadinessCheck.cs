using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Operations;

/// <summary>Ready when the corpus store answers an indexed lookup: the database file is open and readable.</summary>
public sealed class StoreReadinessCheck(ICorpusStore store) : IReadinessCheck
{
    public string Name => "store";

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            // A checksum no release has: one index seek, no documents read.
            await store.FindReleaseByChecksumAsync("readiness-probe", cancellationToken);
            return ReadinessResult.Yes;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadinessResult.No($"{e.GetType().Name}: {e.Message}");
        }
    }
}
