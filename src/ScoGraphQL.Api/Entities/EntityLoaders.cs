using GraphQL.DataLoader;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

/// <summary>Per-request batch loaders for entities and their links.</summary>
public sealed class EntityLoaders(ICorpusStore store)
{
    /// <remarks>Resolvers only read entities, so they get the store's own records (no copy per request).</remarks>
    public BatchLoader<string, EntityRecord> ById { get; } = new(store.GetEntitiesToReadAsync);

    /// <summary>
    /// The entity with this id (a pending handle), or null at once when there is no id: most roles name no
    /// organisation, and a completed handle still costs the executer a data-loader step per field.
    /// </summary>
    public object? Load(string? id) => id is null ? null : ById.Load(id);

    public BatchLoader<string, IReadOnlyList<MentionRecord>> MentionsByEntity { get; } =
        new(BatchLoaderExtensions.Grouped<string, MentionRecord>(store.GetMentionsByEntityAsync));

    /// <summary>One page of each entity's release ids; entities asking for the same page share one storage call.</summary>
    public BatchLoader<(string EntityId, PageRequest Page), Page<string>> ReleaseIdsByEntity { get; } = new(async (keys, cancellationToken) =>
    {
        var pages = new Dictionary<(string EntityId, PageRequest Page), Page<string>>();
        foreach (var samePage in keys.GroupBy(key => key.Page))
        {
            var found = await store.GetReleaseIdsByEntityAsync(samePage.Select(key => key.EntityId).ToList(), samePage.Key, cancellationToken);
            foreach (var (entityId, page) in found) pages[(entityId, samePage.Key)] = page;
        }
        return pages;
    });

    public BatchLoader<string, IReadOnlyList<CoMention>> CoMentions { get; } =
        new(BatchLoaderExtensions.Grouped<string, CoMention>(store.GetCoMentionsAsync));

    public BatchLoader<string, IReadOnlyList<EntityRecord>> EventsByParticipant { get; } =
        new(BatchLoaderExtensions.Grouped<string, EntityRecord>(store.GetEventsByParticipantAsync));

    public BatchLoader<string, IReadOnlyList<EntityRecord>> ChildrenByParent { get; } =
        new(BatchLoaderExtensions.Grouped<string, EntityRecord>(store.GetChildrenAsync));
}
