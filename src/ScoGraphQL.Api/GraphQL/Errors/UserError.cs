namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>An expected failure of a mutation, returned as data in the payload's <c>errors</c>.</summary>
public abstract record UserError(string Message, string Code);
