using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Auth;

/// <summary>
/// Authenticates a request that carries the API key in <c>X-Api-Key</c>. It only sets <c>HttpContext.User</c>;
/// <see cref="ApiKeyValidationRule"/> decides, so every transport that passes the user to GraphQL is covered.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKey key)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Who a request that presented the API key runs as, whichever transport carried the key.</summary>
    public static ClaimsPrincipal KeyHolder() => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKey.HeaderName, out var values)) return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count != 1 || !key.Matches(values[0])) return Task.FromResult(AuthenticateResult.Fail($"The {ApiKey.HeaderName} header does not hold the API key."));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(KeyHolder(), SchemeName)));
    }
}
