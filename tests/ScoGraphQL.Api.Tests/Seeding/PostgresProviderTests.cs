using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Storage.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Seeding;

/// <summary>The whole API over PostgreSQL (Storage:Provider=Postgres), and the start-up errors of a wrong provider setting.</summary>
[RequiresPostgres]
public sealed class PostgresProviderTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private sealed class PostgresApi(string connectionString) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(StorageOptions.ProviderKey, "postgres"); // case does not matter
            builder.UseSetting(StorageOptions.PostgresConnectionKey, connectionString);
        }
    }

    [StoreFact]
    public async Task The_API_seeds_PostgreSQL_and_answers_queries_and_searches_from_it()
    {
        await using var api = new PostgresApi(server.CreateDatabase("api"));

        var data = await api.DataAsync("""
            {
              releases(first: 10, order: [{ title: ASC }]) { totalCount nodes { slug } }
              people(where: { anyName: { eq: "Mr Norov" } }) { nodes { name mentionCount } }
              search(query: "Moscow Declaration", first: 3) { totalCount nodes { snippet release { slug } } }
            }
            """);

        Assert.Equal(5, (int)data["releases"]!["totalCount"]!);
        Assert.Equal("Vladimir Norov", (string?)data["people"]!["nodes"]![0]!["name"]);
        var hit = data["search"]!["nodes"]![0]!;
        Assert.StartsWith("002_", (string?)hit["release"]!["slug"]);
        Assert.Contains("<mark>Moscow</mark> <mark>Declaration</mark>", (string?)hit["snippet"]);
        Assert.StartsWith("…", (string?)hit["snippet"]); // a passage from inside the text says so, as with Lucene
        // Nothing went to LiteDB: the store really is PostgreSQL.
        Assert.False(File.Exists(api.DatabasePath));

        var syntax = await api.PostAsync("""{ search(query: "\"Moscow", first: 3) { totalCount } }""");
        Assert.Equal("SEARCH_SYNTAX", (string?)syntax.Errors![0]!["extensions"]!["code"]);
    }

    [Fact]
    public void An_unknown_provider_is_a_start_up_error_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new() { [StorageOptions.ProviderKey] = "Mongo" }));
        Assert.Contains("Storage:Provider is 'Mongo'", error.Message);
        Assert.Contains("LiteDb or Postgres", error.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_a_start_up_error_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new() { [StorageOptions.ProviderKey] = "Postgres" }));
        Assert.Contains("ConnectionStrings:Postgres is empty", error.Message);
    }

    private static void Register(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddScoStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
