using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Hosting;

namespace ScoGraphQL.Api.Auth;

/// <summary>
/// The key mutations require: <c>Auth:ApiKey</c>, or in Development, when none is configured, one generated
/// for this run. In other environments without a key, <see cref="Value"/> is null and every mutation is refused.
/// </summary>
public sealed class ApiKey
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[]? _hash;

    public ApiKey(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.ApiKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Value = configured;
        }
        else if (environment.IsDevelopment())
        {
            Value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            IsGenerated = true;
        }
        _hash = Value is null ? null : Hash(Value);
    }

    public string? Value { get; }

    public bool IsGenerated { get; }

    /// <summary>
    /// Compares in constant time. Hashing first gives both sides the same length, so not even the length of the
    /// key leaks through timing.
    /// </summary>
    public bool Matches(string? presented) =>
        _hash is not null && presented is not null && CryptographicOperations.FixedTimeEquals(_hash, Hash(presented));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
