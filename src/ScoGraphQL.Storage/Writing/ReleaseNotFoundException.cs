namespace ScoGraphQL.Storage.Writing;

public sealed class ReleaseNotFoundException(string releaseId)
    : CorpusWriteException($"No release has the id '{releaseId}'.")
{
    public string ReleaseId { get; } = releaseId;
}
