namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary><paramref name="Id"/> is the global ID the client sent.</summary>
public sealed record NotFoundError(string Id, string Message) : UserError(Message, UserErrorCodes.NotFound);
