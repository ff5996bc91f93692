namespace ScoGraphQL.Api.Subscriptions;

public static class GraphQLWebSocketExtensions
{
    /// <summary>
    /// Serves graphql-transport-ws at <paramref name="path"/>: WebSocket upgrade requests there go to
    /// <see cref="GraphQLWebSocketEndpoint"/>, everything else (HTTP GraphQL, the IDE) passes through, so one
    /// URL serves both as clients expect.
    /// </summary>
    public static IApplicationBuilder UseScoGraphQLWebSockets(this IApplicationBuilder app, string path = "/graphql")
    {
        app.UseWebSockets();
        return app.Use(async (http, next) =>
        {
            if (http.WebSockets.IsWebSocketRequest && http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await http.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(http);
                return;
            }
            await next(http);
        });
    }
}
