using System.Text.Json.Nodes;

namespace ScoGraphQL.Bench.Faults.Kills;

/// <summary>
/// A few clients writing concurrently until the server dies under them: creates, imports, updates and deletes,
/// each registered in the <see cref="Ledger"/> before it is sent and acknowledged only by a clean 200.
/// </summary>
public sealed class MutationStream(Ledger ledger, Uri server, string apiKey, string label)
{
    private const string ReleaseFields = "release { id body mentions { totalCount } entities { id } } errors { code message }";
    private static readonly string Create = $"mutation($input: CreateReleaseInput!) {{ createRelease(input: $input) {{ {ReleaseFields} }} }}";
    private static readonly string Import = $"mutation($input: ImportReleaseInput!) {{ importRelease(input: $input) {{ {ReleaseFields} }} }}";
    private static readonly string Update = $"mutation($input: UpdateReleaseInput!) {{ updateRelease(input: $input) {{ {ReleaseFields} }} }}";
    private const string Delete = "mutation($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedId errors { code message } } }";

    /// <summary>How many clients write at once; each updates and deletes only the releases it owns.</summary>
    public const int Clients = 3;

    private int _acknowledged;
    private int _sequence;
    private int _unanswered;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Writes sent and never answered: the server died under them.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    /// <summary>Refusals and malformed answers to writes that should have succeeded: each one is a failure.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Runs <see cref="Clients"/> writers until each loses its connection or <paramref name="stop"/> fires.</summary>
    public Task RunAsync(int seed, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(() => ClientAsync(client, new Random(HashCode.Combine(seed, client)), stop))));

    private async Task ClientAsync(int client, Random random, CancellationToken stop)
    {
        using var graphql = new GraphQLClient(server, apiKey, TimeSpan.FromSeconds(60));
        while (!stop.IsCancellationRequested)
        {
            var roll = random.Next(100);
            var target = roll >= 60 ? ledger.PickSettled(client, random) : null;
            try
            {
                if (target is null) await CreateAsync(graphql, client, random, viaImport: roll is >= 40 and < 60, stop);
                else if (roll < 88) await UpdateAsync(graphql, target, random, stop);
                else await DeleteAsync(graphql, target, stop);
                Interlocked.Increment(ref _acknowledged);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                Interlocked.Increment(ref _unanswered);
                return; // the server is gone; what was in flight stays unacknowledged in the ledger
            }
            catch (GraphQLResponseException e)
            {
                Problem(e.Message);
                return;
            }
        }
    }

    private async Task CreateAsync(GraphQLClient graphql, int client, Random random, bool viaImport, CancellationToken stop)
    {
        var word = ledger.NewWord();
        var title = ReleaseTexts.Title($"{label}-{client}-{Interlocked.Increment(ref _sequence)}");
        var body = ReleaseTexts.Body(word, random);
        var release = ledger.Expect(word, client);
        var payload = viaImport
            ? (await graphql.QueryAsync(Import, new { input = new { text = ReleaseTexts.FileText(title, body), sourceFile = $"{word}.txt" } }, stop))["importRelease"]
            : (await graphql.QueryAsync(Create, new { input = new { title, body } }, stop))["createRelease"];
        var stored = Settled(payload, word);
        ledger.Acknowledge(release, stored.Outcome, stored.Id);
    }

    private async Task UpdateAsync(GraphQLClient graphql, TrackedRelease release, Random random, CancellationToken stop)
    {
        var word = ledger.NewWord();
        ledger.ExpectUpdate(release, word);
        var payload = (await graphql.QueryAsync(Update, new { input = new { id = release.Id, body = ReleaseTexts.Body(word, random) } }, stop))["updateRelease"];
        var stored = Settled(payload, word);
        ledger.Acknowledge(release, stored.Outcome);
    }

    private async Task DeleteAsync(GraphQLClient graphql, TrackedRelease release, CancellationToken stop)
    {
        ledger.ExpectDelete(release);
        var payload = (await graphql.QueryAsync(Delete, new { input = new { id = release.Id } }, stop))["deleteRelease"];
        if (payload?["errors"] is JsonArray { Count: > 0 } errors || (string?)payload?["deletedId"] != release.Id)
            throw new GraphQLResponseException($"deleteRelease {release.Id} was refused: {payload?.ToJsonString()}");
        ledger.Acknowledge(release, Outcome.Absent);
    }

    /// <summary>The stored release a write payload reports, which must carry the word just written.</summary>
    private static (string Id, Outcome Outcome) Settled(JsonNode? payload, string word)
    {
        if (payload?["errors"] is JsonArray { Count: > 0 } || payload?["release"] is not JsonObject release)
            throw new GraphQLResponseException($"A write of {word} was refused: {payload?.ToJsonString()}");
        var body = (string)release["body"]!;
        if (!ReleaseTexts.WordsIn(body).SequenceEqual([word]))
            throw new GraphQLResponseException($"The write of {word} answered with another body: {body}");
        return ((string)release["id"]!, Outcome.Stored(word, ExtractedOf(release)));
    }

    public static Extracted ExtractedOf(JsonNode release) => new(
        (int)release["mentions"]!["totalCount"]!,
        release["entities"]!.AsArray().Select(e => (string)e!["id"]!).ToHashSet(StringComparer.Ordinal));

    private void Problem(string message)
    {
        lock (Problems) Problems.Add(message);
    }
}
