using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ScoGraphQL.Api.GraphQL;

public static class ContextExtensions
{
    /// <summary>A per-request service (loaders live for one request, so their caches never go stale).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set.");
        return context.UserContext is RequestUserContext request ? request.Services.Get<T>(services) : services.GetRequiredService<T>();
    }
}
