using ScoGraphQL.Api.Diagnostics;
using ScoGraphQL.Api.Search;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The corpus store (one LiteDB per process), the extraction pipeline and seeding.</summary>
    public static IServiceCollection AddScoStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Relative paths resolve against the content root, whatever the working directory.
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, host) => options.Path = Path.GetFullPath(options.Path, host.ContentRootPath));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section))
            .PostConfigure<IHostEnvironment>((options, host) => options.Path = Path.GetFullPath(options.Path, host.ContentRootPath));
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));

        services.AddSingleton(sp => new LiteDbCorpusStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<ICorpusStore>(sp => new CountingCorpusStore(sp.GetRequiredService<IndexingCorpusStore>()));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReleaseParser>();
        services.AddSingleton<EntityExtractor>();
        services.AddSingleton<SeedLoader>();
        services.AddScoSearch(configuration); // before the seeder: its hosted service must sync the index first
        services.AddHostedService<StartupSeeder>();
        return services;
    }
}
