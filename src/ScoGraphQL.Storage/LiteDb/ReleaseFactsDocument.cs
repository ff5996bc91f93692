using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Every fact of one release in one LiteDB document (collection <c>release_facts</c>): one document instead of a
/// document and three string index entries per fact, which were most of the cost of storing a release. Found by release
/// id only: the facts describing an entity are read from the releases whose order documents name or refer to it.
/// Documents written before that also hold an <c>EntityKeys</c> list, no longer read or indexed. Each fact's
/// <c>Entity.MentionCount</c> holds how often that release mentions the entity, so recomputing an entity reads no mentions.
/// </summary>
public sealed class ReleaseFactsDocument
{
    /// <summary>The release id.</summary>
    public string Id { get; set; } = "";

    public List<EntityFactRecord> Facts { get; set; } = [];
}
