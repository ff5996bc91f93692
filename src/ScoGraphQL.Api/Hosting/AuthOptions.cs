namespace ScoGraphQL.Api.Hosting;

/// <summary><c>Auth:*</c> settings.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The key mutations require in the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; set; }
}
