namespace ScoGraphQL.Storage.Search;

/// <summary>
/// Names the state of a store's release texts: the store's identity (a database file and its copies) and how many
/// commits changed a release's title or body, added or deleted one. Equal versions of the same store mean the same
/// texts, so an index that recorded the version it reflects need not be checked against every release.
/// </summary>
public sealed record CorpusVersion(string StoreId, long Changes)
{
    public CorpusVersion Next() => this with { Changes = Changes + 1 };

    public override string ToString() => $"{StoreId}:{Changes}";
}

/// <summary>A store that names its <see cref="CorpusVersion"/> without reading its releases.</summary>
public interface IVersionedCorpus
{
    /// <summary>As of the last commit; every commit that changes a release text moves it on by exactly one.</summary>
    CorpusVersion ReleasesVersion { get; }
}

/// <summary>A search index that remembers which <see cref="CorpusVersion"/> its documents reflect, across restarts.</summary>
public interface IVersionedSearchIndex : ISearchIndex
{
    /// <summary>The version recorded last (and committed with the documents), or null when it is not known.</summary>
    string? CorpusVersion { get; }

    /// <summary>
    /// Records which version the documents now reflect (null: unknown). Call only after the documents of that
    /// version are all written, and with null before writing documents of another one.
    /// </summary>
    void RecordCorpusVersion(string? version);

    /// <summary>Live documents, without reading them.</summary>
    int DocumentCount { get; }

    /// <summary>Whether every file of the index passes its checksums (a damaged index must be rebuilt, not trusted).</summary>
    bool VerifyChecksums();
}
