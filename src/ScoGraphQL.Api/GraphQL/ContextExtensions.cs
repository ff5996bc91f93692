using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ScoGraphQL.Api.GraphQL;

public static class ContextExtensions
{
    /// <summary>A per-request service (loaders live for one request, so their caches never go stale).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set.")).GetRequiredService<T>();
}
