namespace ScoGraphQL.Api.Releases;

public sealed record AlternateTitleInput(string Text, string Language);
