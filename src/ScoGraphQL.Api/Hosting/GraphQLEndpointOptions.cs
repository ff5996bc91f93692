using System.ComponentModel.DataAnnotations;

namespace ScoGraphQL.Api.Hosting;

/// <summary><c>GraphQL:*</c> settings of the HTTP endpoint.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted, in bytes; larger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Let clients ask for <c>extensions.stats</c> with the <c>X-Debug-Stats: 1</c> header (always on in Development).</summary>
    public bool AllowDebugStats { get; set; }
}
