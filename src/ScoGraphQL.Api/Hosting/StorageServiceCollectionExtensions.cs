using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Diagnostics;
using ScoGraphQL.Api.Search;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Postgres;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The corpus store chosen by <c>Storage:Provider</c> (one LiteDB file per process, or one PostgreSQL database
    /// shared by replicas) with its search, the extraction pipeline and seeding.
    /// </summary>
    public static IServiceCollection AddScoStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Relative paths resolve against the content root, whatever the working directory.
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, host) => options.Path = Path.GetFullPath(options.Path, host.ContentRootPath));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section))
            .PostConfigure<IHostEnvironment>((options, host) => options.Path = Path.GetFullPath(options.Path, host.ContentRootPath));
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReleaseParser>();
        services.AddSingleton<EntityExtractor>();
        services.AddSingleton<SeedLoader>();
        // Before the seeder: hosted services start in order, and the store (and its search) must be ready first.
        switch (StorageOptions.ParseProvider(configuration[StorageOptions.ProviderKey]))
        {
            case StorageProvider.Postgres:
                AddPostgres(services, configuration);
                break;
            default:
                AddLiteDb(services, configuration);
                break;
        }
        services.AddHostedService<StartupSeeder>();
        return services;
    }

    /// <summary>LiteDB with a Lucene index beside it, kept current by <see cref="IndexingCorpusStore"/>.</summary>
    private static void AddLiteDb(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new LiteDbCorpusStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<ICorpusStore>(sp => new CountingCorpusStore(sp.GetRequiredService<IndexingCorpusStore>()));
        services.AddScoSearch(configuration);
    }

    /// <summary>
    /// PostgreSQL, with search in the same rows (tsvector): it commits with each write, so no index decorator and no
    /// start-up synchronisation; every replica searches what every other one wrote.
    /// </summary>
    private static void AddPostgres(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(StorageOptions.PostgresConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"{StorageOptions.ProviderKey} is Postgres but {StorageOptions.PostgresConnectionKey} is empty. " +
                $"Set it (e.g. ConnectionStrings__Postgres=\"Host=127.0.0.1;Database=sco;Username=sco;Password=…\") or use Storage:Provider=LiteDb.");
        services.AddSingleton(_ => new PostgresCorpusStore(connectionString));
        services.AddSingleton<ISearchIndex>(sp => new PostgresSearchIndex(sp.GetRequiredService<PostgresCorpusStore>()));
        services.AddSingleton<ICorpusStore>(sp => new CountingCorpusStore(sp.GetRequiredService<PostgresCorpusStore>()));
        services.AddHostedService<PostgresSchemaMigrator>();
    }
}
