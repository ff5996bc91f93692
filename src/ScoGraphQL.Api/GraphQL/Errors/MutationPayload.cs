namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>What every mutation returns: the changed object, or null and the reasons why not.</summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<UserError> Errors)
{
    public static MutationPayload<T> Failed(params IReadOnlyList<UserError> errors) => new(default, errors);
}
