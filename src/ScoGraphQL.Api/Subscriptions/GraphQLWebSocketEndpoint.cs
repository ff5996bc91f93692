using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Accepts WebSocket upgrades at the GraphQL path and speaks graphql-transport-ws on them (see
/// <see cref="GraphQLWsConnection"/>). A client that does not offer that subprotocol is accepted without one
/// and closed with 4406, as graphql-ws servers do, so it learns why instead of seeing a failed handshake.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    ConnectionAuthenticator authenticator,
    IOptions<SubscriptionOptions> options,
    TimeProvider time,
    IHostApplicationLifetime host,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    internal IDocumentExecuter Executer => executer;
    internal ISchema Schema => schema;
    internal IGraphQLTextSerializer Serializer => serializer;
    internal IServiceScopeFactory Scopes => scopes;
    internal ConnectionAuthenticator Authenticator => authenticator;
    internal SubscriptionOptions Options => options.Value;
    internal TimeProvider Time => time;
    internal CancellationToken ShuttingDown => host.ApplicationStopping;
    internal ILogger Logger => logger;

    public async Task HandleAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null);
        var connection = new GraphQLWsConnection(this, socket, http);
        await connection.RunAsync(acceptable: offered, http.RequestAborted);
    }
}
