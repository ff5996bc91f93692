using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ScoGraphQL.Storage.Records;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ScoGraphQL.Storage.Search;

/// <summary>
/// The search index in a Lucene folder: one long-lived <see cref="IndexWriter"/> and a <see cref="SearcherManager"/>
/// per process, BM25 for both. Writes are visible to the next search (near-real-time reopen) but committed to disk
/// lazily, about once a second and on dispose: the corpus store is the truth and a start-up
/// <see cref="SynchronizeAsync"/> repairs whatever a crash lost. A folder that is missing, unreadable or of another
/// <see cref="SearchAnalysis.Format"/> is recreated rather than failing.
/// </summary>
public sealed class LuceneSearchIndex : IVersionedSearchIndex, IDisposable
{
    public const float TitleBoost = 2f;
    public const int MaxQueryLength = 1000;

    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);
    private static readonly HashSet<string> HitFields = [SearchFields.Id, SearchFields.Body];
    private static readonly HashSet<string> StampFields = [SearchFields.Id, SearchFields.Stamp];
    private const string FormatKey = "format";
    private const string CorpusVersionKey = "corpus";

    private readonly string _path;
    private readonly Analyzer _analyzer = SearchAnalysis.CreateAnalyzer();
    private readonly SnippetBuilder _snippets;
    private readonly System.Threading.Lock _refreshLock = new();
    private readonly System.Threading.Lock _commitLock = new();
    private readonly Timer _committer;
    private LuceneDirectory _directory = null!;
    private IndexWriter _writer = null!;
    private SearcherManager _searchers = null!;
    private long _writeGeneration;
    private long _visibleGeneration;
    private long _committedGeneration;
    private bool _disposed;
    private volatile string? _corpusVersion;

    /// <param name="path">The index folder; created when missing.</param>
    public LuceneSearchIndex(string path)
    {
        _path = Path.GetFullPath(path);
        _snippets = new SnippetBuilder(_analyzer, SearchFields.Body);
        try
        {
            Open(OpenMode.CREATE_OR_APPEND);
            if (!_writer.CommitData.TryGetValue(FormatKey, out var format))
                throw new IndexNotFoundException($"No search index was found in {_path}.");
            if (format != SearchAnalysis.Format)
                throw new InvalidDataException($"The search index in {_path} has format {format}; this version writes {SearchAnalysis.Format}.");
            _corpusVersion = _writer.CommitData.TryGetValue(CorpusVersionKey, out var version) ? version : null;
        }
        catch (Exception e) when (e is not LockObtainFailedException)
        {
            Recreate(e);
        }
        _committer = new Timer(_ => CommitIfChanged(), null, CommitInterval, CommitInterval);
    }

    /// <summary>Why the folder was recreated when it was opened or synchronised (null: it was read as it was).</summary>
    public Exception? RecreatedBecause { get; private set; }

    public string Folder => _path;

    public Task<SearchPage> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var parsed = Parse(query);
        MakeWritesVisible();
        var searcher = _searchers.Acquire();
        try
        {
            // Collect only as many as the page needs (never more than there are documents: a far cursor must not allocate).
            var wanted = (int)Math.Clamp((long)offset + limit, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = searcher.Search(parsed, wanted);
            var page = top.ScoreDocs.Skip(offset).Take(limit).ToList();
            var terms = page.Count == 0 ? new HashSet<string>() : HighlightTerms(searcher, parsed);
            var hits = page.Select(scoreDoc =>
            {
                var document = searcher.Doc(scoreDoc.Doc, HitFields);
                return new SearchHit(document.Get(SearchFields.Id), scoreDoc.Score, _snippets.Build(document.Get(SearchFields.Body) ?? "", terms));
            }).ToList();
            return Task.FromResult(new SearchPage(hits, top.TotalHits));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public string? CorpusVersion => _corpusVersion;

    public void RecordCorpusVersion(string? version)
    {
        if (_corpusVersion == version) return;
        _corpusVersion = version;
        Interlocked.Increment(ref _writeGeneration); // so the next commit writes it
    }

    public int DocumentCount => WithCurrentSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>
    /// Reads every file of the index once, sequentially. The searcher reads its files through memory maps, and every
    /// page the check read through them stayed in the process's resident memory (file-backed: the whole index, 57 MB
    /// at 100,000 releases, while the queries touch a few MB of it). So when the searcher sees the last commit (always
    /// at start-up, where the check runs) the same check runs over a reader of that commit opened with plain reads, which
    /// leave the pages in the kernel's page cache only; otherwise (writes not yet committed) over the searcher's own.
    /// </summary>
    public bool VerifyChecksums() => WithCurrentSearcher(searcher =>
    {
        try
        {
            if (searcher.IndexReader is DirectoryReader current)
            {
                using var files = new NIOFSDirectory(_path);
                using var committed = DirectoryReader.Open(files);
                if (committed.Version == current.Version)
                {
                    CheckIntegrity(committed);
                    return true;
                }
            }
            CheckIntegrity(searcher.IndexReader);
            return true;
        }
        catch (IOException) // CorruptIndexException included
        {
            return false;
        }
    });

    private static void CheckIntegrity(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
    }

    /// <summary>Runs <paramref name="read"/> over a searcher that sees every finished write.</summary>
    private T WithCurrentSearcher<T>(Func<IndexSearcher, T> read)
    {
        MakeWritesVisible();
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Upsert(IEnumerable<ReleaseRecord> releases)
    {
        foreach (var release in releases) _writer.UpdateDocument(new Term(SearchFields.Id, release.Id), ToDocument(release));
        Interlocked.Increment(ref _writeGeneration);
    }

    public void Delete(string id)
    {
        _writer.DeleteDocuments(new Term(SearchFields.Id, id));
        Interlocked.Increment(ref _writeGeneration);
    }

    public Task RebuildAsync(IEnumerable<ReleaseRecord> releases, CancellationToken cancellationToken = default)
    {
        _writer.DeleteAll();
        foreach (var release in releases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _writer.AddDocument(ToDocument(release));
        }
        Interlocked.Increment(ref _writeGeneration);
        Commit();
        return Task.CompletedTask;
    }

    public async Task<SyncReport> SynchronizeAsync(IAsyncEnumerable<ReleaseRecord> corpus, bool repair = true, CancellationToken cancellationToken = default)
    {
        var recreated = RecreatedBecause is not null;
        Dictionary<string, string> indexed;
        try
        {
            // A flipped byte in a body or a posting list still reads, and matching stamps would leave it there.
            if (repair && !recreated && !VerifyChecksums())
                throw new InvalidDataException($"The search index in {_path} fails its checksums.");
            indexed = IndexedStamps();
        }
        catch (Exception e) when (repair && e is not OperationCanceledException)
        {
            // Opened, but a segment cannot be read or is damaged: start from nothing and index everything again.
            Recreate(e);
            recreated = true;
            indexed = [];
        }

        int missing = 0, changed = 0, unchanged = 0;
        await foreach (var release in corpus.WithCancellation(cancellationToken))
        {
            var stamp = Stamp(release);
            if (!indexed.Remove(release.Id, out var indexedStamp)) missing++;
            else if (indexedStamp != stamp) changed++;
            else
            {
                unchanged++;
                continue;
            }
            if (repair) _writer.UpdateDocument(new Term(SearchFields.Id, release.Id), ToDocument(release, stamp));
        }
        // What is left was indexed but is no longer in the corpus.
        if (repair && (missing + changed + indexed.Count > 0 || recreated))
        {
            foreach (var id in indexed.Keys) _writer.DeleteDocuments(new Term(SearchFields.Id, id));
            Interlocked.Increment(ref _writeGeneration);
            Commit();
        }
        return new SyncReport(missing, changed, indexed.Count, unchanged, recreated);
    }

    /// <summary>Id → stamp of every indexed release, as the searcher sees it now.</summary>
    private Dictionary<string, string> IndexedStamps() => WithCurrentSearcher(searcher =>
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var document = reader.Document(doc, StampFields);
            stamps[document.Get(SearchFields.Id)] = document.Get(SearchFields.Stamp);
        }
        return stamps;
    });

    /// <summary>
    /// A hash of everything indexed from a release (and of the index format), so a release changed behind the
    /// index's back, or indexed by an older format, is told apart from an up-to-date one.
    /// </summary>
    public static string Stamp(ReleaseRecord release)
    {
        var text = new StringBuilder(release.Body.Length + release.Title.Length + 64)
            .Append(SearchAnalysis.Format).Append('\u0001').Append(release.Title);
        foreach (var alternate in release.AlternateTitles) text.Append('\u0001').Append(alternate.Text);
        text.Append('\u0002').Append(release.Body);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }

    private static Document ToDocument(ReleaseRecord release) => ToDocument(release, Stamp(release));

    private static Document ToDocument(ReleaseRecord release, string stamp)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, release.Id, Field.Store.YES),
            new StoredField(SearchFields.Stamp, stamp),
            new TextField(SearchFields.Title, release.Title, Field.Store.NO),
            // Stored for snippets, so a page of hits needs no second trip to the corpus store.
            new TextField(SearchFields.Body, release.Body, Field.Store.YES),
        };
        foreach (var alternate in release.AlternateTitles) document.Add(new TextField(SearchFields.Title, alternate.Text, Field.Store.NO));
        return document;
    }

    private Query Parse(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new SearchSyntaxException("The search query is empty.");
        if (query.Length > MaxQueryLength) throw new SearchSyntaxException($"The search query is longer than {MaxQueryLength} characters.");
        // Parsers are not thread-safe and cheap to make: one per query.
        var parser = new MultiFieldQueryParser(SearchAnalysis.Version, [SearchFields.Title, SearchFields.Body], _analyzer,
            new Dictionary<string, float> { [SearchFields.Title] = TitleBoost, [SearchFields.Body] = 1f })
        {
            // Every word must occur (in the title or the body): what people expect of a search box, and the
            // ranking is still BM25 over all of them.
            DefaultOperator = Operator.AND,
            // "Russia-China" or "a/b" mean the words together, not either of them.
            AutoGeneratePhraseQueries = true,
        };
        try
        {
            return parser.Parse(UserQueryText.Prepare(query));
        }
        catch (ParseException e)
        {
            throw new SearchSyntaxException(SyntaxMessage(UserQueryText.StructuralProblem(query) ?? LuceneProblem(e.Message)), e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchSyntaxException("The search query has too many terms.", e);
        }
    }

    /// <summary>Lucene says "Cannot parse 'q': Encountered ... Was expecting one of: (a long list)"; keep the middle.</summary>
    private static string LuceneProblem(string luceneMessage)
    {
        var message = luceneMessage;
        var afterQuery = message.IndexOf("': ", StringComparison.Ordinal);
        if (message.StartsWith("Cannot parse '", StringComparison.Ordinal) && afterQuery > 0) message = message[(afterQuery + 3)..];
        var expecting = message.IndexOf("Was expecting", StringComparison.Ordinal);
        if (expecting > 0) message = message[..expecting];
        return string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
    }

    private static string SyntaxMessage(string problem) =>
        $"The search query is not valid: {problem}. Close quotes and parentheses, put AND/OR/NOT between words, or put \\ before a special character.";

    /// <summary>The analysed body terms the query matches on, wildcards expanded where Lucene expands them into terms.</summary>
    private static HashSet<string> HighlightTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten forms (a filter over many wildcard terms) cannot list their terms: mark none of those.
        }
        return terms.Where(t => t.Field == SearchFields.Body).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reopens the searcher when a write happened since it was opened, so every search sees every finished write.</summary>
    private void MakeWritesVisible()
    {
        if (Interlocked.Read(ref _visibleGeneration) >= Interlocked.Read(ref _writeGeneration)) return;
        lock (_refreshLock)
        {
            var generation = Interlocked.Read(ref _writeGeneration);
            if (_visibleGeneration >= generation) return;
            _searchers.MaybeRefreshBlocking();
            Interlocked.Exchange(ref _visibleGeneration, generation);
        }
    }

    /// <summary>The timer's work. It must never throw (that would end the process); a failed commit is retried next tick.</summary>
    private void CommitIfChanged()
    {
        try
        {
            if (Interlocked.Read(ref _committedGeneration) < Interlocked.Read(ref _writeGeneration)) Commit();
        }
        catch (Exception e)
        {
            LastCommitFailure = e;
        }
    }

    /// <summary>Why the last background commit failed (null: none did). Searches still work; a restart re-syncs.</summary>
    public Exception? LastCommitFailure { get; private set; }

    private void Commit()
    {
        lock (_commitLock)
        {
            if (_disposed) return;
            var generation = Interlocked.Read(ref _writeGeneration);
            try
            {
                _writer.SetCommitData(CommitData());
                _writer.Commit();
                Interlocked.Exchange(ref _committedGeneration, generation);
            }
            catch (ObjectDisposedException)
            {
                // Disposed while the timer fired.
            }
        }
    }

    /// <summary>Stored with each commit: the format the documents were analysed with and the corpus version they reflect.</summary>
    private Dictionary<string, string> CommitData()
    {
        var data = new Dictionary<string, string> { [FormatKey] = SearchAnalysis.Format };
        if (_corpusVersion is { } version) data[CorpusVersionKey] = version;
        return data;
    }

    private void Open(OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(_path);
        // Small segments flushed for near-real-time searches stay in memory until a commit or merge writes them:
        // a reopen after every write must not cost a round of file creation.
        _directory = new NRTCachingDirectory(FSDirectory.Open(_path), maxMergeSizeMB: 5.0, maxCachedMB: 60.0);
        var config = new IndexWriterConfig(SearchAnalysis.Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

    /// <summary>Throws the folder away and starts an empty index of the current format; the next synchronisation fills it.</summary>
    private void Recreate(Exception reason)
    {
        RecreatedBecause = reason;
        _corpusVersion = null;
        CloseQuietly();
        if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
        Open(OpenMode.CREATE);
        Interlocked.Increment(ref _writeGeneration);
        Commit();
    }

    private void CloseQuietly()
    {
        try { _searchers?.Dispose(); } catch (Exception) { /* Best effort: the folder is deleted next. */ }
        try { _writer?.Rollback(); } catch (Exception) { /* Rollback also closes the writer and releases its lock. */ }
        try { _directory?.Dispose(); } catch (Exception) { /* As above. */ }
    }

    public void Dispose()
    {
        _committer.Dispose();
        lock (_commitLock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _searchers.Dispose();
        _writer.SetCommitData(CommitData());
        _writer.Dispose(); // commits
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
