namespace ScoGraphQL.Api.Releases;

/// <summary>Only the given fields change; <see cref="PublishedAtGiven"/> tells an explicit null (clear it) from an absent field.</summary>
public sealed record UpdateReleaseInput(
    string Id,
    string? Title,
    string? Body,
    IReadOnlyList<AlternateTitleInput>? AlternateTitles,
    DateTime? PublishedAt,
    bool PublishedAtGiven);
