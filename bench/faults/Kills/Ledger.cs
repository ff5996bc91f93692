namespace ScoGraphQL.Bench.Faults.Kills;

/// <summary>
/// What the store may hold after a crash, release by release. An acknowledged write leaves one allowed outcome;
/// a write in flight when the server died leaves two (its effect or none), never a third. Each audit resolves
/// every release to what it observed. Thread-safe: the clients of a mutation stream share one ledger.
/// </summary>
public sealed class Ledger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TrackedRelease> _byWord = new(StringComparer.Ordinal);
    private readonly List<TrackedRelease> _releases = [];
    private long _nextWord;

    public string NewWord()
    {
        lock (_lock) return ReleaseTexts.Word(_nextWord++);
    }

    /// <summary>A release about to be written (a create in flight, a seed file): it may be stored, or not.</summary>
    public TrackedRelease Expect(string word, int owner)
    {
        lock (_lock)
        {
            var release = new TrackedRelease(owner);
            release.Allowed.Add(Outcome.Absent);
            release.Allowed.Add(Outcome.Stored(word));
            release.Words.Add(word);
            release.Touched = true;
            _byWord.Add(word, release);
            _releases.Add(release);
            return release;
        }
    }

    /// <summary>The server answered: only <paramref name="outcome"/> is allowed now.</summary>
    public void Acknowledge(TrackedRelease release, Outcome outcome, string? id = null)
    {
        lock (_lock)
        {
            release.Allowed.Clear();
            release.Allowed.Add(outcome);
            if (id is not null) release.Id = id;
        }
    }

    /// <summary>An update in flight: the stored version is the current one or the new one.</summary>
    public void ExpectUpdate(TrackedRelease release, string newWord)
    {
        lock (_lock)
        {
            release.Allowed.Add(Outcome.Stored(newWord));
            release.Words.Add(newWord);
            release.Touched = true;
            _byWord.Add(newWord, release);
        }
    }

    /// <summary>A delete in flight: the release may be gone.</summary>
    public void ExpectDelete(TrackedRelease release)
    {
        lock (_lock)
        {
            release.Allowed.Add(Outcome.Absent);
            release.Touched = true;
        }
    }

    /// <summary>A stored release with a settled id and version, owned by <paramref name="owner"/>, to update or delete.</summary>
    public TrackedRelease? PickSettled(int owner, Random random)
    {
        lock (_lock)
        {
            var candidates = _releases.Where(r => r.Owner == owner && r.Id is not null && r.Allowed is [{ IsAbsent: false }]).ToList();
            return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
        }
    }

    public TrackedRelease? FindByWord(string word)
    {
        lock (_lock) return _byWord.GetValueOrDefault(word);
    }

    public IReadOnlyList<TrackedRelease> Snapshot()
    {
        lock (_lock) return [.. _releases];
    }
}

/// <summary>One release the faults test wrote (or tried to), under all the unique words it ever had.</summary>
public sealed class TrackedRelease(int owner)
{
    /// <summary>Which client may update or delete it, so two clients never race on one release.</summary>
    public int Owner { get; } = owner;

    /// <summary>The global id, once a response or an audit told it.</summary>
    public string? Id { get; set; }

    /// <summary>What an audit may find; more than one only while a write is unacknowledged.</summary>
    public List<Outcome> Allowed { get; } = [];

    /// <summary>Every unique word any version had: the search must find it only under the current one.</summary>
    public List<string> Words { get; } = [];

    /// <summary>Written since the last audit, so the audit checks its words in the search index.</summary>
    public bool Touched { get; set; }
}

/// <summary>Absent, or stored with the unique word of one version and, when a response told it, what was extracted.</summary>
public sealed record Outcome(string? Word, Extracted? Extracted)
{
    public static readonly Outcome Absent = new(null, null);

    public bool IsAbsent => Word is null;

    public static Outcome Stored(string word, Extracted? extracted = null) => new(word, extracted);

    /// <summary>Same version; the extraction matters only when both sides know it.</summary>
    public bool Admits(Outcome observed) =>
        Word == observed.Word && (Extracted is null || observed.Extracted is null || Extracted.SameAs(observed.Extracted));

    public override string ToString() => IsAbsent ? "absent" : $"stored as {Word}{(Extracted is null ? "" : $" with {Extracted}")}";
}

/// <summary>What the store holds for a release's extraction: its mention count and the entities it mentions.</summary>
public sealed record Extracted(int Mentions, IReadOnlySet<string> EntityIds)
{
    public bool SameAs(Extracted other) => Mentions == other.Mentions && EntityIds.SetEquals(other.EntityIds);

    public override string ToString() => $"{Mentions} mentions of {EntityIds.Count} entities";
}
