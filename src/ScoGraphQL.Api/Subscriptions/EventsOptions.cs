namespace ScoGraphQL.Api.Subscriptions;

/// <summary><c>Events:*</c> settings, plus <c>ConnectionStrings:Redis</c>: how the release feed crosses process boundaries.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";
    public const string ProviderKey = Section + ":" + nameof(Provider);
    public const string RedisConnectionStringKey = "ConnectionStrings:Redis";

    /// <summary><c>InProcess</c> (default, also when empty) or <c>Redis</c>, case-insensitive; anything else stops the server at start-up.</summary>
    public string? Provider { get; set; } = nameof(EventsProvider.InProcess);

    /// <summary>
    /// The Redis pub/sub channel. Replicas of one deployment must share it; separate deployments (or test runs)
    /// sharing one Redis keep apart by using different channels.
    /// </summary>
    public string Channel { get; set; } = "scographql:release-changes";

    /// <summary><c>ConnectionStrings:Redis</c> in StackExchange.Redis syntax, e.g. <c>redis:6379</c>; required for the Redis provider.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>The provider named by <see cref="Provider"/> (unset: InProcess); null when it names none (the validator reports that).</summary>
    public EventsProvider? ParsedProvider =>
        string.IsNullOrWhiteSpace(Provider) ? EventsProvider.InProcess
        : Enum.GetNames<EventsProvider>().FirstOrDefault(name => string.Equals(name, Provider.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<EventsProvider>(match)
            : null;
}
