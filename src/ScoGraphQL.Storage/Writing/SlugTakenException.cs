namespace ScoGraphQL.Storage.Writing;

/// <summary>A client asked for a slug another release already has.</summary>
public sealed class SlugTakenException(string slug)
    : CorpusWriteException($"The slug '{slug}' is taken by another release.")
{
    public string Slug { get; } = slug;
}
