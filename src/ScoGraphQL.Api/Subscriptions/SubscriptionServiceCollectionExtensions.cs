using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Storage;
using StackExchange.Redis;

namespace ScoGraphQL.Api.Subscriptions;

public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// The release feed, the store decorator that feeds it, the per-event scoped execution strategy and the
    /// WebSocket endpoint. Call after the storage registrations: it wraps whatever <see cref="ICorpusStore"/> is registered.
    /// </summary>
    public static IServiceCollection AddScoSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubscriptionOptions>().Bind(configuration.GetSection(SubscriptionOptions.Section))
            .ValidateDataAnnotations()
            .Validate<IOptions<AuthOptions>>((options, auth) => options.RequireApiKey != true || !string.IsNullOrEmpty(auth.Value.ApiKey),
                "Subscriptions:RequireApiKey is true but Auth:ApiKey is empty, so no connection could ever be accepted.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        AddReleaseEvents(services, configuration);
        DecorateCorpusStore(services);

        services.AddSingleton<ConnectionAuthenticator>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }

    /// <summary>Per-event DI scopes for subscription events; call inside <c>AddGraphQL</c>.</summary>
    public static IGraphQLBuilder AddScopedEventSubscriptions(this IGraphQLBuilder graphQL) =>
        graphQL.AddExecutionStrategy<ScopedEventSubscriptionStrategy>(OperationType.Subscription);

    /// <summary>
    /// The feed chosen by <c>Events:Provider</c>. Either way <see cref="ReleaseEvents"/> fans changes out to this
    /// process's subscribers; with Redis it is fed from the shared channel instead of directly by the writer.
    /// </summary>
    private static void AddReleaseEvents(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventsOptions>().Bind(configuration.GetSection(EventsOptions.Section))
            .Configure(options => options.RedisConnectionString = configuration[EventsOptions.RedisConnectionStringKey])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();

        services.AddSingleton<ReleaseEvents>();
        services.AddSingleton<IConnectionMultiplexer>(sp => RedisConnection.Connect(
            sp.GetRequiredService<IOptions<EventsOptions>>().Value.RedisConnectionString!,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RedisConnection).FullName!)));
        services.AddSingleton<RedisReleaseEvents>();
        services.AddSingleton<IReleaseEvents>(sp => sp.GetRequiredService<IOptions<EventsOptions>>().Value.ParsedProvider switch
        {
            EventsProvider.Redis => sp.GetRequiredService<RedisReleaseEvents>(),
            _ => sp.GetRequiredService<ReleaseEvents>(),
        });
        // Read here, not from the options: a check is registered or not. An invalid value fails the validation above.
        if (configuration.GetSection(EventsOptions.Section).Get<EventsOptions>()?.ParsedProvider == EventsProvider.Redis)
            services.AddSingleton<IReadinessCheck, RedisReadinessCheck>();
    }

    private static void DecorateCorpusStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ICorpusStore))
            ?? throw new InvalidOperationException("Register the corpus store (AddScoStorage) before AddScoSubscriptions.");
        services.Remove(registered);
        services.AddSingleton<ICorpusStore>(sp => new PublishingCorpusStore(Resolve(sp, registered), sp.GetRequiredService<IReleaseEvents>()));
    }

    private static ICorpusStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ICorpusStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
