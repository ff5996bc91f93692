using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ScoGraphQL.Api.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec asks: no Accept header means legacy application/json.</summary>
public static class ResponseMediaType
{
    /// <returns>The media type to answer with, or null when the client accepts neither.</returns>
    public static string? Choose(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return GraphQLHttpEndpoint.JsonMediaType;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types)) return GraphQLHttpEndpoint.JsonMediaType;
        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            if (quality <= 0) continue;
            string? candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLHttpEndpoint.GraphQLResponseMediaType => GraphQLHttpEndpoint.GraphQLResponseMediaType,
                GraphQLHttpEndpoint.JsonMediaType => GraphQLHttpEndpoint.JsonMediaType,
                // A wildcard gets the legacy type: clients that do not name the new one may not understand it.
                "application/*" or "*/*" => GraphQLHttpEndpoint.JsonMediaType,
                _ => null,
            };
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }
}
