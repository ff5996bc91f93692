using ScoGraphQL.Api.Limits;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// <c>ExecutionOptions.UserContext</c> of every request this API executes: still the dictionary GraphQL.NET and the
/// validation rules read (the <see cref="OperationCost"/> travels in it), plus the request's resolved services.
/// </summary>
public sealed class RequestUserContext : Dictionary<string, object?>
{
    public RequestUserContext(OperationCost cost) => this[OperationCost.Key] = cost;

    public RequestServiceCache Services { get; } = new();
}
