namespace ScoGraphQL.Api.Entities;

public sealed record UpdateEntityInput(string Id, string? Name, IReadOnlyList<string>? Aliases);
