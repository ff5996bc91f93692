using Microsoft.AspNetCore.Authentication;
using ScoGraphQL.Api.Auth;

namespace ScoGraphQL.Api.Hosting;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// API-key authentication as the default scheme (WebApplication adds the authentication middleware itself
    /// once these services exist) and the start-up report. Auth:ApiKey is bound with the other options in AddScoStorage.
    /// </summary>
    public static IServiceCollection AddScoAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKey>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddHostedService<ApiKeyStartupReport>();
        return services;
    }
}
