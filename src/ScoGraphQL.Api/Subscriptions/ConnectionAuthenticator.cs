using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Decides whether a WebSocket connection may be acknowledged. Browsers cannot set headers on a WebSocket
/// handshake, so the key travels in the <c>connection_init</c> payload as <c>{"X-Api-Key": "…"}</c>, the
/// same name as the HTTP header (matched case-insensitively, like a header).
/// </summary>
public sealed class ConnectionAuthenticator(IOptions<SubscriptionOptions> options, IOptions<AuthOptions> auth, IHostEnvironment environment)
{
    public const string ApiKeyField = "X-Api-Key";

    /// <summary>Explicit setting, else required outside Development whenever a key is configured.</summary>
    public bool RequiresApiKey =>
        options.Value.RequireApiKey ?? (!environment.IsDevelopment() && !string.IsNullOrEmpty(auth.Value.ApiKey));

    /// <param name="payload">The <c>connection_init</c> payload: an object, or absent.</param>
    public bool Accepts(JsonElement? payload)
    {
        if (!RequiresApiKey) return true;
        var expected = auth.Value.ApiKey;
        if (string.IsNullOrEmpty(expected) || payload is not { ValueKind: JsonValueKind.Object } fields) return false;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Name.Equals(ApiKeyField, StringComparison.OrdinalIgnoreCase) && field.Value.ValueKind == JsonValueKind.String)
                return SameSecret(field.Value.GetString()!, expected);
        }
        return false;
    }

    /// <summary>Constant-time over fixed-length digests, so neither the content nor the length of the key leaks through timing.</summary>
    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
