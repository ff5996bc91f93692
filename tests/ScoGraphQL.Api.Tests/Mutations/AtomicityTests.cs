using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Writing;

namespace ScoGraphQL.Api.Tests.Mutations;

/// <summary>A write that fails half-way leaves the corpus as it was.</summary>
public sealed class AtomicityTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly LiteDbCorpusStore _store;

    public AtomicityTests() => _store = new LiteDbCorpusStore(_data.File("sco.db"));

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task An_update_that_fails_after_removing_the_old_mentions_leaves_everything_as_it_was()
    {
        await PlantedReleases.PlantAsync(_store);
        var before = await SnapshotAsync();
        var write = PlantedReleases.WriteA();
        // Too large for a LiteDB document: the store has already removed A's facts and mentions when it fails.
        write.Release.Body = new string('x', 20 * 1024 * 1024);

        await Assert.ThrowsAnyAsync<Exception>(() => _store.UpdateReleaseAsync(write.Release, write.Extraction));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_refused_merge_changes_nothing()
    {
        await PlantedReleases.PlantAsync(_store);
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            _store.MergeEntitiesAsync(PlantedReleases.Norov.Key, [PlantedReleases.NorovInitial.Key, EntityKeys.For(EntityKind.Person, "Nobody")]));

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        var releases = await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(100));
        var entities = await _store.QueryEntitiesAsync(new EntityQuery(null, null, null), PageRequest.FirstN(100));
        var ids = entities.Items.Select(e => e.Id).ToList();
        var mentions = await _store.GetMentionsByEntityAsync(ids);
        var titles = await _store.GetEntitiesAsync(ids);
        return string.Join("\n", releases.Items.Select(r => $"{r.Id} {r.Checksum} {r.Body.Length} [{string.Join(",", r.EntityIds)}]"))
            + "\n" + string.Join("\n", entities.Items.Select(e => $"{e.Id} {e.Name} {e.MentionCount} [{string.Join(",", e.Aliases)}] [{string.Join(",", e.ParticipantIds)}]"))
            + "\n" + string.Join("\n", ids.SelectMany(id => mentions[id]).Select(m => $"{m.ReleaseId} {m.EntityId} {m.Start}"))
            + "\n" + string.Join("\n", ids.SelectMany(id => titles[id].Titles).Select(r => $"{r.ReleaseId} {r.PersonId} {r.Title}"));
    }
}
