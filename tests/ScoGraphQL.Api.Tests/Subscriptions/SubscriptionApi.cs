using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Subscriptions;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>
/// The server over an empty corpus (so every release a test writes is new), with extra settings per test,
/// plus helpers that write through the server's own <see cref="ICorpusStore"/>, as a mutation would.
/// </summary>
public sealed class SubscriptionApi : ApiFactory
{
    private readonly TempFolder _seeds = new();

    public override string SeedPath => _seeds.Path;

    /// <summary>Configuration on top of the defaults; fill it before the server starts (first use of Server or Services).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public ReleaseEvents Events => Services.GetRequiredService<ReleaseEvents>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Parses, extracts and stores one of the repository's seed files (0–4); returns its slug.</summary>
    public async Task<string> SaveSeedAsync(int index, string? slug = null)
    {
        var write = await SeedWriteAsync(index, slug);
        await Services.GetRequiredService<ICorpusStore>().SaveReleasesAsync([write]);
        return write.Release.Id;
    }

    /// <summary>The write for a seed file, built before the clock starts in latency tests.</summary>
    public async Task<ReleaseWrite> SeedWriteAsync(int index, string? slug = null)
    {
        var file = Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ElementAt(index);
        var parsed = Services.GetRequiredService<ReleaseParser>().Parse(await ReleaseFileReader.ReadAsync(file, CancellationToken.None));
        var extraction = Services.GetRequiredService<EntityExtractor>().Extract(parsed);
        var record = ReleaseRecords.From(parsed, extraction, slug ?? Slugs.FromFileName(Path.GetFileName(file)), Path.GetFileName(file), DateTime.UtcNow);
        return new ReleaseWrite(record, extraction);
    }

    /// <summary>Waits until the feed has <paramref name="count"/> subscribers of a kind, i.e. a subscribe has been fully processed.</summary>
    public async Task WaitForSubscribersAsync(ReleaseChangeKind kind, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Events.SubscriberCount(kind) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {count} {kind} subscriber(s) after 10 s (have {Events.SubscriberCount(kind)}).");
            await Task.Delay(10);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _seeds.Dispose();
    }
}
