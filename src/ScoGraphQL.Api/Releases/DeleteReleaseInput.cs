namespace ScoGraphQL.Api.Releases;

public sealed record DeleteReleaseInput(string Id);
