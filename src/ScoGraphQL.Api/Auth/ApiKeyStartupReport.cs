namespace ScoGraphQL.Api.Auth;

/// <summary>Says at start-up how mutations are protected, so a missing key is noticed before a client hits it.</summary>
public sealed class ApiKeyStartupReport(ApiKey key, ILogger<ApiKeyStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (key.Value is null)
            logger.LogWarning("No API key is configured (Auth:ApiKey): every mutation will be refused with AUTH_NOT_AUTHENTICATED");
        else if (key.IsGenerated)
            logger.LogWarning("Development: no Auth:ApiKey configured, so mutations take this key for this run only: {ApiKeyHeader}: {ApiKey}", ApiKey.HeaderName, key.Value);
        else
            logger.LogInformation("Mutations require the configured API key in the {ApiKeyHeader} header", ApiKey.HeaderName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
