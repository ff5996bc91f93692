using System.Runtime.CompilerServices;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Search;

public static class CorpusReleases
{
    public const int DefaultBatchSize = 500;

    /// <summary>Every release in id order, read a page at a time so a large corpus is never in memory at once.</summary>
    public static async IAsyncEnumerable<ReleaseRecord> ReadAllAsync(ICorpusStore store, int batchSize = DefaultBatchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var offset = 0; ; offset += batchSize)
        {
            var page = await store.QueryReleasesAsync(ReleaseQuery.All, new PageRequest(First: batchSize, After: offset == 0 ? null : offset - 1), cancellationToken);
            foreach (var release in page.Items) yield return release;
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
        }
    }
}
