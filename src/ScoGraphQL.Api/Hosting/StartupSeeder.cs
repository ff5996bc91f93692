using Microsoft.Extensions.Options;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Hosting;

/// <summary>Seeds the configured folder before the server takes requests, so the first query sees the corpus.</summary>
public sealed class StartupSeeder(SeedLoader loader, IOptions<SeedOptions> options, ILogger<StartupSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (!seed.OnStartup) return;
        if (!Directory.Exists(seed.Path))
        {
            logger.LogWarning("Seed folder {SeedPath} does not exist; starting with the stored corpus only", Path.GetFullPath(seed.Path));
            return;
        }
        var report = await loader.LoadDirectoryAsync(seed.Path, cancellationToken: cancellationToken);
        logger.LogInformation("Seeded {SeedPath}: {Report}", seed.Path, report);
        foreach (var failure in report.Failed) logger.LogWarning("Skipped {File}: {Reason}", failure.File, failure.Reason);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
