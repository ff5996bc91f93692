using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Every mention of one release in one LiteDB document (collection <c>release_mentions</c>), in reading order, found by
/// release id only: an entity's mentions are read from the releases that name it. Documents written before that also
/// hold an <c>EntityKeys</c> list, no longer read or indexed.
/// </summary>
public sealed class ReleaseMentionsDocument
{
    /// <summary>The release id.</summary>
    public string Id { get; set; } = "";
    public List<MentionRecord> Mentions { get; set; } = [];
}
