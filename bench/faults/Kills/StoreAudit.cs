using System.Text;
using System.Text.Json.Nodes;

namespace ScoGraphQL.Bench.Faults.Kills;

/// <summary>
/// After a reopen, with nothing writing: reads every release, entity and search hit through GraphQL and checks
/// them against the <see cref="Ledger"/> and each other. Every release is whole (mentions and entities stored),
/// every entity is supported and counts the mentions that exist, and the search index holds exactly the stored
/// releases, each under its current words only. Then the ledger is resolved to what was found.
/// </summary>
public sealed class StoreAudit(GraphQLClient graphql, Ledger ledger, Random random)
{
    private const int SampledUntouched = 30;
    private const int WordsPerRequest = 20; // GraphQL:Limits:MaxRootFields

    private const string ReleasePage = """
        query($after: String) { releases(first: 200, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { id body mentions { totalCount } entities { id } } } }
        """;

    private const string EntityPage = """
        query($after: String) { entities(first: 200, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { id name mentionCount mentions { totalCount } releases { totalCount }
            ... on Place { country { id } } ... on Organization { parent { id } } ... on Document { adoptedAt { id } }
            ... on Event { place { id } participants { id } documents { id } } } } }
        """;

    private const string SearchPage = """
        query($query: String!, $after: String) { search(query: $query, first: 500, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { release { id } } } }
        """;

    public List<string> Failures { get; } = [];

    public int Releases { get; private set; }

    public int Entities { get; private set; }

    public int WordsSearched { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var releases = await PagesAsync(ReleasePage, "releases", new(), cancellationToken);
        var entities = await PagesAsync(EntityPage, "entities", new(), cancellationToken);
        Releases = releases.Count;
        Entities = entities.Count;

        var observed = CheckReleases(releases);
        CheckEntities(releases, entities);
        ResolveLedger(observed);
        await CheckSearchAsync(releases, cancellationToken);
    }

    /// <summary>Each stored release has one unique word, a known one, and its extraction.</summary>
    private Dictionary<TrackedRelease, (string Id, Outcome Outcome)> CheckReleases(List<JsonNode> releases)
    {
        var observed = new Dictionary<TrackedRelease, (string, Outcome)>();
        foreach (var release in releases)
        {
            var id = (string)release["id"]!;
            var words = ReleaseTexts.WordsIn((string)release["body"]!);
            var extracted = MutationStream.ExtractedOf(release);
            if (extracted.Mentions == 0 || extracted.EntityIds.Count == 0)
                Fail($"release {id} is half-written: {extracted}");
            if (words.Count != 1)
            {
                Fail($"release {id} has {words.Count} unique words ({string.Join(", ", words)}); one version was mixed into another");
                continue;
            }
            if (ledger.FindByWord(words[0]) is not { } tracked)
            {
                Fail($"release {id} ({words[0]}) was never written by this test");
                continue;
            }
            if (!observed.TryAdd(tracked, (id, Outcome.Stored(words[0], extracted))))
                Fail($"release {id} ({words[0]}) is stored twice");
        }
        return observed;
    }

    /// <summary>
    /// Every entity is mentioned by a stored release, or referenced by a mentioned entity (a place's country, an
    /// event's participants …); it counts its mentions right; every mention belongs to a stored entity and release.
    /// </summary>
    private void CheckEntities(List<JsonNode> releases, List<JsonNode> entities)
    {
        var referenced = entities.Where(e => (int)e["mentions"]!["totalCount"]! > 0).SelectMany(ReferencesOf).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var id = (string)entity["id"]!;
            var mentionCount = (int)entity["mentionCount"]!;
            var mentions = (int)entity["mentions"]!["totalCount"]!;
            var mentionedBy = (int)entity["releases"]!["totalCount"]!;
            if (mentionCount != mentions) Fail($"entity {id} ({entity["name"]}) says {mentionCount} mentions but has {mentions}");
            if ((mentions == 0) != (mentionedBy == 0)) Fail($"entity {id} ({entity["name"]}) has {mentions} mentions in {mentionedBy} releases");
            if (mentions == 0 && !referenced.Contains(id)) Fail($"entity {id} ({entity["name"]}) has no support: no mention, no reference");
        }
        var stored = entities.Select(e => (string)e["id"]!).ToHashSet(StringComparer.Ordinal);
        var named = releases.SelectMany(r => r["entities"]!.AsArray().Select(e => (string)e!["id"]!)).ToHashSet(StringComparer.Ordinal);
        if (named.Except(stored).Any()) Fail($"releases name {named.Except(stored).Count()} entities that are not stored, e.g. {named.Except(stored).First()}");
        if (referenced.Except(stored).Any()) Fail($"entities refer to {referenced.Except(stored).Count()} entities that are not stored, e.g. {referenced.Except(stored).First()}");
        var mentionsByRelease = releases.Sum(r => (int)r["mentions"]!["totalCount"]!);
        var mentionsByEntity = entities.Sum(e => (int)e["mentions"]!["totalCount"]!);
        if (mentionsByRelease != mentionsByEntity)
            Fail($"releases hold {mentionsByRelease} mentions but entities count {mentionsByEntity}: some mention points at a missing release or entity");
    }

    private static IEnumerable<string> ReferencesOf(JsonNode entity) =>
        new[] { "country", "parent", "adoptedAt", "place" }.Select(field => entity[field]?["id"])
            .Concat(new[] { "participants", "documents" }.SelectMany(field => entity[field]?.AsArray().Select(e => e?["id"]) ?? []))
            .Where(id => id is not null)
            .Select(id => (string)id!);

    /// <summary>Every release is found in a state its ledger allows; then the ledger keeps only what was found.</summary>
    private void ResolveLedger(Dictionary<TrackedRelease, (string Id, Outcome Outcome)> observed)
    {
        foreach (var tracked in ledger.Snapshot())
        {
            var (id, outcome) = observed.TryGetValue(tracked, out var found) ? found : (tracked.Id, Outcome.Absent);
            if (!tracked.Allowed.Any(allowed => allowed.Admits(outcome)))
                Fail($"release {tracked.Id ?? tracked.Words[0]} is {outcome}, but only {string.Join(" or ", tracked.Allowed)} may be");
            if (tracked.Id is not null && id is not null && id != tracked.Id)
                Fail($"release {tracked.Words[0]} changed its id from {tracked.Id} to {id}");
            ledger.Acknowledge(tracked, outcome, id);
        }
    }

    /// <summary>The index holds exactly the stored releases, and finds touched (and some other) releases under their current word only.</summary>
    private async Task CheckSearchAsync(List<JsonNode> releases, CancellationToken cancellationToken)
    {
        var stored = releases.Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);
        var hits = await PagesAsync(SearchPage, "search", new() { ["query"] = ReleaseTexts.SharedWord }, cancellationToken);
        var found = hits.Select(h => (string)h["release"]!["id"]!).ToHashSet(StringComparer.Ordinal);
        if (!found.SetEquals(stored) || hits.Count != stored.Count)
            Fail($"search for \"{ReleaseTexts.SharedWord}\" found {hits.Count} releases, the store has {stored.Count}: " +
                 $"{stored.Except(found).Count()} not indexed, {found.Except(stored).Count()} indexed but not stored");

        var all = ledger.Snapshot();
        var untouched = all.Where(r => !r.Touched).OrderBy(_ => random.Next()).Take(SampledUntouched);
        var expectations = all.Where(r => r.Touched).Concat(untouched)
            .SelectMany(r => r.Words.Select(word => (Word: word, Id: r.Allowed[0].Word == word ? r.Id : null)))
            .ToList();
        foreach (var batch in expectations.Chunk(WordsPerRequest))
        {
            var query = new StringBuilder("{");
            for (var i = 0; i < batch.Length; i++) query.Append($" w{i}: search(query: \"{batch[i].Word}\", first: 3) {{ totalCount nodes {{ release {{ id }} }} }}");
            var data = await graphql.QueryAsync(query.Append(" }").ToString(), cancellationToken: cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                var ids = data[$"w{i}"]!["nodes"]!.AsArray().Select(n => (string)n!["release"]!["id"]!).ToList();
                var expected = batch[i].Id is { } id ? new[] { id } : [];
                if (!ids.SequenceEqual(expected))
                    Fail($"search for {batch[i].Word} found [{string.Join(", ", ids)}], expected [{string.Join(", ", expected)}]");
            }
            WordsSearched += batch.Length;
        }
        foreach (var tracked in all) tracked.Touched = false;
    }

    private async Task<List<JsonNode>> PagesAsync(string query, string field, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        do
        {
            variables["after"] = after;
            var page = (await graphql.QueryAsync(query, variables, cancellationToken))[field]!;
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        return nodes;
    }

    private void Fail(string message) => Failures.Add(message);
}
