namespace ScoGraphQL.Api.Releases;

public sealed record CreateReleaseInput(
    string Title,
    string Body,
    IReadOnlyList<AlternateTitleInput>? AlternateTitles,
    DateTime? PublishedAt,
    string? Slug);
