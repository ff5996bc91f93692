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

        /// <summary>Keeps the document while there is room: past the capacity, later reads simply go to the database.</summary>
        public void Remember(BsonDocument document, int capacity)
        {
            if (Volatile.Read(ref _count) >= capacity) return;
            if (Documents.TryAdd(document["_id"].AsString, document)) Interlocked.Increment(ref _count);
        }
    }
}
