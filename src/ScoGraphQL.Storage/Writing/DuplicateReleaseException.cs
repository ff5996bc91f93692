using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Writing;

/// <summary>The text (title and body, normalised) is already stored as <see cref="Existing"/>.</summary>
public sealed class DuplicateReleaseException(ReleaseRecord existing)
    : CorpusWriteException($"The same text is already stored as release '{existing.Id}'.")
{
    public ReleaseRecord Existing { get; } = existing;
}
