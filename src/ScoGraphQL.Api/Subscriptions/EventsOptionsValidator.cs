using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>Refuses a configuration the release feed cannot run with, naming the setting to fix.</summary>
public sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var allowed = string.Join(" or ", Enum.GetNames<EventsProvider>());
        switch (options.ParsedProvider)
        {
            case null:
                return ValidateOptionsResult.Fail($"{EventsOptions.ProviderKey} is '{options.Provider}'; it must be {allowed} (case-insensitive).");
            case EventsProvider.Redis when string.IsNullOrWhiteSpace(options.RedisConnectionString):
                return ValidateOptionsResult.Fail(
                    $"{EventsOptions.ProviderKey} is Redis but {EventsOptions.RedisConnectionStringKey} is empty; set it to the Redis server, e.g. 'redis:6379'.");
            case EventsProvider.Redis when RedisConnection.ProblemWith(options.RedisConnectionString!) is { } problem:
                return ValidateOptionsResult.Fail($"{EventsOptions.RedisConnectionStringKey} is not a usable StackExchange.Redis configuration: {problem}");
            case EventsProvider.Redis when string.IsNullOrWhiteSpace(options.Channel):
                return ValidateOptionsResult.Fail($"{EventsOptions.Section}:{nameof(EventsOptions.Channel)} is empty; replicas need a channel name to share.");
            default:
                return ValidateOptionsResult.Success;
        }
    }
}
