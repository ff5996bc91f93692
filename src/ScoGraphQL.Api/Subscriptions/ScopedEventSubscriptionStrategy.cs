using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// Resolves each subscription event in a DI scope of its own. The operation's scope lives as long as the
/// subscription; sharing it across events would let the per-request batch loaders serve a release updated
/// an hour ago from their cache (and let the cache grow without bound).
/// </summary>
public sealed class ScopedEventSubscriptionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var operationServices = context.RequestServices
            ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set.");
        await using var scope = operationServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
