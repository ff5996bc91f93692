using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Storage.Tests;

/// <summary>The contract against LiteDB in a temp file, with its Lucene index beside it (as the API wires them).</summary>
public sealed class LiteDbCorpusStoreTests : CorpusStoreContract
{
    private IndexingCorpusStore? _indexing;

    protected override Task<StoreUnderTest> OpenEmptyAsync()
    {
        var folder = Directory.CreateTempSubdirectory("scographql-litedb-");
        var store = new LiteDbCorpusStore(Path.Combine(folder.FullName, "sco.db"));
        var index = new LuceneSearchIndex(Path.Combine(folder.FullName, "search"));
        _indexing = new IndexingCorpusStore(store, index);
        var indexing = _indexing;
        return Task.FromResult(new StoreUnderTest(indexing, index, new Cleanup(() =>
        {
            indexing.Dispose();
            index.Dispose();
            store.Dispose();
            folder.Delete(recursive: true);
        })));
    }

    protected override async Task SyncSearchAsync() => await _indexing!.SynchronizeIndexAsync();

    private sealed class Cleanup(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
