namespace ScoGraphQL.Api.Releases;

public sealed record ImportReleaseInput(string Text, string? SourceFile);
