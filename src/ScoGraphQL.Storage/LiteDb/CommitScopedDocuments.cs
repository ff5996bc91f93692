using System.Collections.Concurrent;
using LiteDB;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Documents read by id, remembered until the next commit. Finding an id in LiteDB walks a skip list comparing
/// strings with the en-US collation (ICU), the largest cost of a nested page; a document read since the last
/// commit is the document a new read would return, so it is answered from here. Any commit makes every remembered
/// document unusable, so nothing stale is ever served. Raw documents are kept, not records: every read maps its own
/// records, so a caller that changes one cannot change what the next caller gets.
/// </summary>
internal sealed class CommitScopedDocuments(int capacity)
{
    private Generation _current = new(-1);

    /// <summary>
    /// The documents of <paramref name="ids"/> that exist, reading only those not remembered for <paramref name="commits"/>,
    /// the commit count read before any of them (so a document read during a commit is never kept past it).
    /// </summary>
    public List<BsonDocument> Find(long commits, IReadOnlyCollection<string> ids, Func<IReadOnlyCollection<string>, IEnumerable<BsonDocument>> read)
    {
        var remembered = At(commits);
        var found = new List<BsonDocument>(ids.Count);
        var missing = new List<string>();
        foreach (var id in ids.Distinct())
        {
            if (remembered.Documents.TryGetValue(id, out var document)) found.Add(document);
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        foreach (var document in read(missing))
        {
            found.Add(document);
            remembered.Remember(document, capacity);
        }
        return found;
    }

    /// <summary>
    /// Like <see cref="Find"/>, but mapped, and each document mapped once per commit: mapping an entity (its aliases,
    /// titles and lists) through BsonMapper for every request was about a fifth of a nested page's CPU time. The mapped
    /// record stays here; callers get <paramref name="copy"/> of it, so one that changes its record changes no other.
    /// </summary>
    public List<T> FindRecords<T>(long commits, IReadOnlyCollection<string> ids, Func<IReadOnlyCollection<string>, IEnumerable<BsonDocument>> read,
        Func<BsonDocument, T> map, Func<T, T> copy)
        where T : class
    {
        var remembered = At(commits);
        var found = new List<T>(ids.Count);
        List<string>? missing = null;
        foreach (var id in ids.Distinct())
        {
            if (remembered.Records.TryGetValue(id, out var record)) found.Add(copy((T)record));
            else if (remembered.Documents.TryGetValue(id, out var document)) found.Add(copy(remembered.RememberRecord(id, map(document))));
            else (missing ??= []).Add(id);
        }
        if (missing is null) return found;
        foreach (var document in read(missing))
        {
            var record = map(document);
            if (remembered.Remember(document, capacity)) record = copy(remembered.RememberRecord(document["_id"].AsString, record));
            found.Add(record);
        }
        return found;
    }

    /// <summary>The documents remembered for this commit count: a new, empty set once commits moved past the current one.</summary>
    private Generation At(long commits)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Commits == commits) return current;
            // A reader that started before a later commit gets a set nobody else will use.
            var fresh = new Generation(commits);
            if (current.Commits > commits) return fresh;
            if (Interlocked.CompareExchange(ref _current, fresh, current) == current) return fresh;
        }
    }

    private sealed class Generation(long commits)
    {
        private int _count;

        public long Commits { get; } = commits;

        public ConcurrentDictionary<string, BsonDocument> Documents { get; } = new(StringComparer.Ordinal);

        /// <summary>Records mapped from <see cref="Documents"/>, for <see cref="FindRecords{T}"/>; never more than the documents.</summary>
        public ConcurrentDictionary<string, object> Records { get; } = new(StringComparer.Ordinal);

        /// <summary>Keeps the document while there is room: past the capacity, later reads simply go to the database.</summary>
        /// <returns>Whether the document is remembered (now or already).</returns>
        public bool Remember(BsonDocument document, int capacity)
        {
            var id = document["_id"].AsString;
            if (Documents.ContainsKey(id)) return true;
            if (Volatile.Read(ref _count) >= capacity) return false;
            if (Documents.TryAdd(id, document)) Interlocked.Increment(ref _count);
            return true;
        }

        /// <summary>The first record mapped for the id: two readers mapping it at once both get the same one.</summary>
        public T RememberRecord<T>(string id, T record) where T : class => (T)Records.GetOrAdd(id, record);
    }
}
