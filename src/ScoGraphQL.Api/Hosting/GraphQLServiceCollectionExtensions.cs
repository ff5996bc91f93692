using System.Text.Encodings.Web;
using GraphQL;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Http;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Api.Search;
using ScoGraphQL.Api.Stats;

namespace ScoGraphQL.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, each feature's root fields and loaders, and the HTTP endpoint.</summary>
    public static IServiceCollection AddScoGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLEndpointOptions>().Bind(configuration.GetSection(GraphQLEndpointOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ScoSchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping) // readable Cyrillic and curly quotes
            .AddGraphTypes(typeof(ScoSchema).Assembly)
            .AddErrorInfoProvider((options, provider) =>
                options.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddTransient(typeof(ConnectionType<>));
        services.AddTransient(typeof(EdgeType<>));

        AddFeature<NodeQueries>(services);
        AddFeature<ReleaseQueries>(services, nodes: true);
        AddFeature<EntityQueries>(services, nodes: true);
        AddFeature<StatsQueries>(services);
        AddFeature<SearchQueries>(services);

        services.AddScoped<ReleaseLoaders>();
        services.AddScoped<EntityLoaders>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return services;
    }

    private static void AddFeature<TFeature>(IServiceCollection services, bool nodes = false)
        where TFeature : class, IQueryFields
    {
        services.AddSingleton<TFeature>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<TFeature>());
        if (nodes) services.AddSingleton(sp => (INodeResolver)sp.GetRequiredService<TFeature>());
    }
}
