using Microsoft.AspNetCore.Hosting;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Search;

/// <summary>The server over a given LiteDB file, so a test can stop it, change what is on disk, and start another
/// (without seeding, when the change must not be undone by the seeds).</summary>
public sealed class ApiOverDatabase(string databasePath, bool seed = true) : ApiFactory
{
    public string SearchIndexPath => databasePath + ".search";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:Path", databasePath);
        builder.UseSetting("Seed:OnStartup", seed ? "true" : "false");
    }
}
