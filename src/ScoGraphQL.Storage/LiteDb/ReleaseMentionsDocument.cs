using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.LiteDb;

/// <summary>
/// Every mention of one release in one LiteDB document (collection <c>release_mentions</c>), in reading order.
/// <see cref="EntityKeys"/> holds the <see cref="EntityKeyHash"/> of each mentioned entity once, for the index that
/// finds an entity's mentions.
/// </summary>
public sealed class ReleaseMentionsDocument
{
    /// <summary>The release id.</summary>
    public string Id { get; set; } = "";
    public List<int> EntityKeys { get; set; } = [];
    public List<MentionRecord> Mentions { get; set; } = [];
}
