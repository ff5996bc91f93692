namespace ScoGraphQL.Api.Ide;

/// <summary>
/// How Banana Cake Pop is served. The values that end up in <c>bcp-config.json</c>
/// use the keys the IDE package (18.x) reads; see <see cref="BananaCakePopConfig"/>.
/// </summary>
public sealed class BananaCakePopOptions
{
    /// <summary>The folder copied from the npm package by Ide/BananaCakePop.targets.</summary>
    public const string DefaultFilesFolder = "bcp";

    /// <summary>
    /// Where the IDE's static files are. Defaults to <c>bcp/</c> beside the app's
    /// assemblies so <c>dotnet run</c>, tests and a published app all find them.
    /// </summary>
    public string FilesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, DefaultFilesFolder);

    /// <summary>Shown in the IDE (config key <c>title</c>).</summary>
    public string? Title { get; set; } = "ScoGraphQL";

    /// <summary>
    /// The GraphQL endpoint the IDE talks to. <c>null</c> means the page's own URL,
    /// which is right when the IDE and the API share a path (as Hot Chocolate does).
    /// A relative value is resolved against the page's URL by the IDE.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>A document to put into new tabs (config key <c>graphQLDocument</c>).</summary>
    public string? Document { get; set; }

    /// <summary>
    /// <c>auto</c>, <c>graphql-transport-ws</c>, <c>graphql-ws</c> or <c>graphql-sse</c>;
    /// <c>null</c> leaves the IDE on its default (auto-detect over a WebSocket at the endpoint URL).
    /// </summary>
    public string? SubscriptionProtocol { get; set; }

    /// <summary>Send cookies with the IDE's requests (config key <c>includeCookies</c>).</summary>
    public bool? IncludeCookies { get; set; }

    /// <summary>Make the IDE use GET for queries (config key <c>useGet</c>).</summary>
    public bool? UseGet { get; set; }
}
