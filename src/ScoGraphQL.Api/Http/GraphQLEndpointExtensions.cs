namespace ScoGraphQL.Api.Http;

public static class GraphQLEndpointExtensions
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="path"/> (every method, so wrong ones get a clear 405).</summary>
    public static IEndpointConventionBuilder MapScoGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql") =>
        endpoints.Map(path, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
}
