using System.Text.Encodings.Web;
using FluentValidation;
using GraphQL;
using GraphQL.Execution;
using ScoGraphQL.Api.Auth;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Http;
using ScoGraphQL.Api.Limits;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Api.Search;
using ScoGraphQL.Api.Stats;
using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, each feature's root fields and loaders, the HTTP endpoint and subscriptions (WebSocket).</summary>
    public static IServiceCollection AddScoGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLEndpointOptions>().Bind(configuration.GetSection(GraphQLEndpointOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoLimits(configuration);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ScoSchema>()
            // AddSystemTextJson's serializer, as a type whose options the response writer can reach.
            .AddSerializer(provider => new ScoSerializer(json =>
            {
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // readable Cyrillic and curly quotes
                json.Converters.Add(new ExecutionResultWriter()); // GraphQL.NET then adds no converter of its own for results
            }, provider.GetRequiredService<IErrorInfoProvider>()))
            .AddGraphTypes(typeof(ScoSchema).Assembly)
            .AddScopedEventSubscriptions()
            .AddExecutionStrategy<QueryExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            // Also for cached documents: a mutation must never skip the key check.
            .AddValidationRule<ApiKeyValidationRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider((options, provider) =>
                options.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment())
            .AddScoLimits()
            .ConfigureExecution<DocumentCache>());
        services.AddTransient(typeof(ConnectionType<>));
        services.AddTransient(typeof(EdgeType<>));

        AddFeature<NodeQueries>(services);
        AddFeature<ReleaseQueries>(services, nodes: true);
        AddFeature<EntityQueries>(services, nodes: true);
        AddFeature<StatsQueries>(services);
        AddFeature<SearchQueries>(services);

        AddMutations<ReleaseMutations>(services);
        AddMutations<EntityMutations>(services);
        services.AddSingleton<ReleaseDrafts>();
        services.AddSingleton<IValidator<ImportReleaseInput>, ImportReleaseInputValidator>();
        services.AddSingleton<IValidator<CreateReleaseInput>, CreateReleaseInputValidator>();
        services.AddSingleton<IValidator<UpdateReleaseInput>, UpdateReleaseInputValidator>();
        services.AddSingleton<IValidator<DeleteReleaseInput>, DeleteReleaseInputValidator>();
        services.AddSingleton<IValidator<UpdateEntityInput>, UpdateEntityInputValidator>();
        services.AddSingleton<IValidator<MergeEntitiesInput>, MergeEntitiesInputValidator>();

        services.AddScoped<ReleaseLoaders>();
        services.AddScoped<EntityLoaders>();
        services.AddSingleton<ResponseBodyWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddScoSubscriptions(configuration);
        return services;
    }

    private static void AddMutations<TFeature>(IServiceCollection services)
        where TFeature : class, IMutationFields
    {
        services.AddSingleton<TFeature>();
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<TFeature>());
    }

    private static void AddFeature<TFeature>(IServiceCollection services, bool nodes = false)
        where TFeature : class, IQueryFields
    {
        services.AddSingleton<TFeature>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<TFeature>());
        if (nodes) services.AddSingleton(sp => (INodeResolver)sp.GetRequiredService<TFeature>());
    }
}
