namespace ScoGraphQL.Api.TrustedDocuments;

/// <summary>Loads the trusted documents while the host starts, so their ids are in the start-up log and a bad folder shows at once.</summary>
public sealed class TrustedDocumentWarmup(TrustedDocumentStore store, ILogger<TrustedDocumentWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("{Count} trusted documents registered", store.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
