using System.Text;
using Microsoft.Extensions.Time.Testing;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Tests.Seeding;

public sealed class SeedingTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly LiteDbCorpusStore _store;
    private readonly SeedLoader _loader;

    public SeedingTests()
    {
        _store = new LiteDbCorpusStore(_data.File("sco.db"));
        _loader = new SeedLoader(_store, new ReleaseParser(), new EntityExtractor(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var first = await _loader.LoadDirectoryAsync(TestPaths.Seeds);
        var before = await SnapshotAsync();

        var second = await _loader.LoadDirectoryAsync(TestPaths.Seeds);

        Assert.Equal((5, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 5), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_file_updates_its_release()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        await _loader.LoadDirectoryAsync(corpus.Path);
        var file = corpus.File("004_a116f53807da5ab0.txt");
        await File.WriteAllTextAsync(file, "Consultations Held Between SCO and UN Secretariats, revised\n\n" + string.Join('\n', (await File.ReadAllLinesAsync(file)).Skip(1)));

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal((0, 1, 4), (report.Added, report.Updated, report.Unchanged));
        var release = (await _store.GetReleasesAsync(["004_a116f53807da5ab0"]))["004_a116f53807da5ab0"];
        Assert.Equal("Consultations Held Between SCO and UN Secretariats, revised", release.Title);
        Assert.Equal(5, (await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(10))).TotalCount);
    }

    [Fact]
    public async Task Non_utf8_and_empty_files_are_reported_and_the_rest_still_load()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        await File.WriteAllBytesAsync(corpus.File("latin1.txt"), Encoding.Latin1.GetBytes("Réunion à Douchanbé\n\nLe secrétaire général a pris la parole."));
        await File.WriteAllTextAsync(corpus.File("empty.txt"), "  \n\n ");

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal(5, report.Added);
        Assert.Contains(report.Failed, f => f.File == "latin1.txt" && f.Reason.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(report.Failed, f => f.File == "empty.txt" && f.Reason.Contains("empty", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_same_text_under_two_names_is_stored_once()
    {
        using var corpus = CorpusFolder.CopyOfSeeds();
        File.Copy(corpus.File("002_6fc61e669fac360d.txt"), corpus.File("summit-copy.txt"));

        var report = await _loader.LoadDirectoryAsync(corpus.Path);

        Assert.Equal(5, report.Added);
        Assert.Contains(report.Failed, f => f.File == "summit-copy.txt" && f.Reason.Contains("same content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _loader.LoadDirectoryAsync(_data.File("nowhere")));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> SnapshotAsync()
    {
        var releases = await _store.QueryReleasesAsync(ReleaseQuery.All, PageRequest.FirstN(500));
        var entities = await _store.QueryEntitiesAsync(new EntityQuery(), PageRequest.FirstN(500));
        var mentions = await _store.GetMentionsByReleaseAsync(releases.Items.Select(r => r.Id).ToList());
        return string.Join("|", releases.Items.Select(r => $"{r.Id}:{r.Checksum}:{r.UpdatedAt:O}"))
            + "#" + string.Join("|", entities.Items.Select(e => $"{e.Id}:{e.Name}:{e.MentionCount}:{string.Join(",", e.Aliases)}"))
            + "#" + mentions.Sum(g => g.Count());
    }

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }
}
