namespace ScoGraphQL.Storage.Writing;

public sealed class EntityNotFoundException(string entityId)
    : CorpusWriteException($"No entity has the key '{entityId}'.")
{
    public string EntityId { get; } = entityId;
}
