using Microsoft.AspNetCore.Hosting;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Limits;

/// <summary>The seeded server with extra configuration, for tests of settings that change behaviour.</summary>
public sealed class ConfiguredApi(
    IReadOnlyDictionary<string, string?> settings, string environment = "Production", Action<IWebHostBuilder>? configure = null) : ApiFactory
{
    protected override string Environment => environment;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        configure?.Invoke(builder);
    }
}
