using ScoGraphQL.Api.Operations;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

/// <summary>
/// Ready once the start-up check has verified (or repaired) the search index: until then search requests wait, so a
/// load balancer should not count on them yet. Other queries answer meanwhile.
/// </summary>
public sealed class SearchReadinessCheck(IndexingCorpusStore store) : IReadinessCheck
{
    public string Name => "search";

    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var synchronized = store.IndexSynchronized;
        return Task.FromResult(synchronized.Status switch
        {
            TaskStatus.RanToCompletion => ReadinessResult.Yes,
            TaskStatus.Faulted => ReadinessResult.No($"the search index could not be checked: {synchronized.Exception!.GetBaseException().Message}"),
            TaskStatus.Canceled => ReadinessResult.No("the check of the search index was cancelled"),
            _ => ReadinessResult.No("checking the search index against the store"),
        });
    }
}
