using System.Text.Json.Serialization;

namespace ScoGraphQL.Api.Ide;

/// <summary>
/// The body of <c>{path}/bcp-config.json</c>. The IDE fetches it from its own
/// page URL on start; keys are the ones @chillicream/bananacakepop-graphql-ide 18
/// reads (checked in its bundled JS). Null values are left out so the IDE keeps
/// its own defaults.
/// </summary>
internal sealed record BananaCakePopConfig(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("useBrowserUrlAsEndpoint")] bool UseBrowserUrlAsEndpoint,
    [property: JsonPropertyName("endpoint")] string? Endpoint,
    [property: JsonPropertyName("graphQLDocument")] string? GraphQLDocument,
    [property: JsonPropertyName("subscriptionProtocol")] string? SubscriptionProtocol,
    [property: JsonPropertyName("includeCookies")] bool? IncludeCookies,
    [property: JsonPropertyName("useGet")] bool? UseGet)
{
    public static BananaCakePopConfig From(BananaCakePopOptions options)
    {
        // An absolute endpoint is used as is; anything else is taken relative to
        // the browser's URL, so the IDE follows the host and port it was opened on.
        // (Checked by scheme: on Unix "/graphql" parses as an absolute file: URI.)
        var absolute = Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        return new BananaCakePopConfig(
            options.Title,
            UseBrowserUrlAsEndpoint: !absolute,
            options.Endpoint,
            options.Document,
            options.SubscriptionProtocol,
            options.IncludeCookies,
            options.UseGet);
    }
}
