using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Storage;

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
        services.AddSingleton<ReleaseEvents>();
        services.AddSingleton<IReleaseEvents>(sp => sp.GetRequiredService<ReleaseEvents>());
        DecorateCorpusStore(services);

        services.AddSingleton<ConnectionAuthenticator>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }

    /// <summary>Per-event DI scopes for subscription events; call inside <c>AddGraphQL</c>.</summary>
    public static IGraphQLBuilder AddScopedEventSubscriptions(this IGraphQLBuilder graphQL) =>
        graphQL.AddExecutionStrategy<ScopedEventSubscriptionStrategy>(OperationType.Subscription);

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
