using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Storage.LiteDb;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The Lucene index (one per process), the store that keeps it current, and the start-up synchronisation (in the
    /// background: searches and writes wait for it, other queries do not).
    /// Call before registering anything that writes at start-up (the seeder): hosted services start in order.
    /// </summary>
    public static IServiceCollection AddScoSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .PostConfigure<IHostEnvironment, IOptions<StorageOptions>>((options, host, storage) =>
                options.Path = string.IsNullOrWhiteSpace(options.Path)
                    ? storage.Value.Path + ".search"
                    : Path.GetFullPath(options.Path, host.ContentRootPath));

        services.AddSingleton(sp => new LuceneSearchIndex(sp.GetRequiredService<IOptions<SearchOptions>>().Value.Path!));
        services.AddSingleton(sp => new IndexingCorpusStore(sp.GetRequiredService<LiteDbCorpusStore>(), sp.GetRequiredService<LuceneSearchIndex>()));
        // Readers get the index only once the start-up check has verified or repaired it.
        services.AddSingleton<ISearchIndex>(sp => new SynchronizedSearchIndex(sp.GetRequiredService<IndexingCorpusStore>()));
        services.AddSingleton<IReadinessCheck, SearchReadinessCheck>();
        services.AddHostedService<SearchIndexSynchronizer>();
        return services;
    }
}
