using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Auth;
using ScoGraphQL.Api.Hosting;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Decides whether a WebSocket connection may be acknowledged, and as whom its operations run. Browsers cannot set
/// headers on a WebSocket handshake, so the key travels in the <c>connection_init</c> payload as
/// <c>{"X-Api-Key": "…"}</c>, the same name as the HTTP header (matched case-insensitively, like a header). A
/// connection that presented the key may run mutations, as a request with the header may.
/// </summary>
public sealed class ConnectionAuthenticator(IOptions<SubscriptionOptions> options, IOptions<AuthOptions> auth, IHostEnvironment environment, ApiKey key)
{
    public const string ApiKeyField = ApiKey.HeaderName;

    /// <summary>Explicit setting, else required outside Development whenever a key is configured.</summary>
    public bool RequiresApiKey =>
        options.Value.RequireApiKey ?? (!environment.IsDevelopment() && !string.IsNullOrEmpty(auth.Value.ApiKey));

    /// <param name="payload">The <c>connection_init</c> payload: an object, or absent.</param>
    /// <param name="handshakeUser">The user of the upgrade request (authenticated if it carried the header).</param>
    /// <returns>The user the connection's operations run as, or null when the connection must be refused.</returns>
    public ClaimsPrincipal? Authenticate(JsonElement? payload, ClaimsPrincipal handshakeUser)
    {
        if (key.Matches(PresentedKey(payload))) return ApiKeyAuthenticationHandler.KeyHolder();
        return RequiresApiKey ? null : handshakeUser;
    }

    private static string? PresentedKey(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } fields) return null;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Name.Equals(ApiKeyField, StringComparison.OrdinalIgnoreCase))
                return field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null;
        }
        return null;
    }
}
