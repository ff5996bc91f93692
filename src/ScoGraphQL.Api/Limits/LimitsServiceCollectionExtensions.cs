using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.TrustedDocuments;

namespace ScoGraphQL.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The options of the limits, introspection and trusted documents, validated at start-up, and the trusted-document store.</summary>
    public static IServiceCollection AddScoLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IntrospectionOptions>().Bind(configuration.GetSection("GraphQL"));
        services.AddOptions<TrustedDocumentOptions>().Bind(configuration.GetSection("GraphQL")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<IPersistedDocumentLoader>(sp => sp.GetRequiredService<TrustedDocumentStore>());
        services.AddHostedService<TrustedDocumentWarmup>();
        return services;
    }

    /// <summary>The validation-time checks (cost and depth, aliases, root fields, introspection and its nesting) and trusted-document resolution.</summary>
    public static IGraphQLBuilder AddScoLimits(this IGraphQLBuilder graphQL) => graphQL
        .AddComplexityAnalyzer((complexity, sp) => CostModel.Configure(complexity, sp.GetRequiredService<IOptions<LimitsOptions>>().Value))
        .AddValidationRule<OperationShapeRule>(useForCachedDocuments: true)
        .AddValidationRule<IntrospectionRule>(useForCachedDocuments: true)
        .AddValidationRule<IntrospectionDepthRule>(useForCachedDocuments: true)
        .ConfigureExecution(sp => new TrustedDocumentHandler(new PersistedDocumentOptions
        {
            AllowOnlyPersistedDocuments = sp.GetRequiredService<IOptions<TrustedDocumentOptions>>().Value.TrustedDocumentsOnly,
        }));
}
