namespace ScoGraphQL.Storage.Records;

/// <summary>
/// What one release says about one entity. Entities are recomputed from their facts, so deleting or
/// re-extracting a release leaves exactly what the remaining releases support.
/// </summary>
public sealed class EntityFactRecord
{
    /// <summary>"{releaseId}|{entityId}".</summary>
    public string Id { get; set; } = "";
    public string ReleaseId { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>True when the release only refers to the entity (a city's country) without mentioning it.</summary>
    public bool Referenced { get; set; }

    /// <summary>The entity as that release describes it (Id = EntityId; LiteDB keeps the release's mention count in MentionCount, other counts unused).</summary>
    public EntityRecord Entity { get; set; } = new();
}
