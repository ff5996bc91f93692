using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Every fact of one release in one LiteDB document (collection <c>release_facts</c>, indexed on
/// <see cref="EntityKeys"/>): one document and one integer index entry per entity instead of a document and three
/// string index entries per fact, which were most of the cost of storing a release. Each fact's <c>Entity.MentionCount</c> holds how often that release
/// mentions the entity, so recomputing an entity reads no mentions.
/// </summary>
public sealed class ReleaseFactsDocument
{
    /// <summary>The release id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The <see cref="EntityKeyHash"/> of each fact's entity, once.</summary>
    public List<int> EntityKeys { get; set; } = [];

    public List<EntityFactRecord> Facts { get; set; } = [];
}
