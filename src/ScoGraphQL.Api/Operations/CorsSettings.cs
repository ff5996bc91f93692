namespace ScoGraphQL.Api.Operations;

/// <summary><c>Cors:*</c>: browser origins allowed to call the API from another site.</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>The usual front-end dev servers, allowed in Development when <see cref="Origins"/> is not configured.</summary>
    public static readonly string[] DevelopmentOrigins =
    [
        "http://localhost:3000", "http://localhost:4200", "http://localhost:5173", "http://localhost:8080",
        "http://127.0.0.1:3000", "http://127.0.0.1:5173",
    ];

    /// <summary>Exact origins (scheme://host[:port]); empty means no cross-origin browser access (outside Development).</summary>
    public string[] Origins { get; set; } = [];
}
