using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// Full-text search over release titles and bodies. Derived data: the corpus store is the truth, and
/// <see cref="SynchronizeAsync"/> can always bring the index back in line with it. Thread-safe.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Best matches first; <see cref="SearchPage.TotalCount"/> counts every match.</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid query syntax.</exception>
    Task<SearchPage> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces releases (by id). Visible to the next search.</summary>
    void Upsert(IEnumerable<ReleaseRecord> releases);

    /// <summary>Removes a release; nothing happens when it is not indexed.</summary>
    void Delete(string id);

    /// <summary>Replaces the whole index with <paramref name="releases"/>.</summary>
    Task RebuildAsync(IEnumerable<ReleaseRecord> releases, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compares what is indexed with <paramref name="corpus"/> (every release, each once) and, when
    /// <paramref name="repair"/>, indexes what is missing or changed and removes what the corpus no longer has.
    /// The report says what differed: <see cref="SyncReport.WasInSync"/> when nothing did.
    /// </summary>
    Task<SyncReport> SynchronizeAsync(IAsyncEnumerable<ReleaseRecord> corpus, bool repair = true, CancellationToken cancellationToken = default);
}
