using GraphQL.DataLoader;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

/// <summary>Per-request batch loaders for entities and their links.</summary>
public sealed class EntityLoaders(ICorpusStore store)
{
    public BatchLoader<string, EntityRecord> ById { get; } = new(store.GetEntitiesAsync);

    /// <summary>The entity with this id, or null at once when there is no id.</summary>
    public IDataLoaderResult<EntityRecord?> Load(string? id) =>
        id is null ? BatchLoaderExtensions.Completed<EntityRecord?>(null) : ById.Load(id);

    public BatchLoader<string, IReadOnlyList<MentionRecord>> MentionsByEntity { get; } =
        new(BatchLoaderExtensions.Grouped<string, MentionRecord>(store.GetMentionsByEntityAsync));

    public BatchLoader<string, IReadOnlyList<string>> ReleaseIdsByEntity { get; } =
        new(BatchLoaderExtensions.Grouped<string, string>(store.GetReleaseIdsByEntityAsync));

    public BatchLoader<string, IReadOnlyList<CoMention>> CoMentions { get; } =
        new(BatchLoaderExtensions.Grouped<string, CoMention>(store.GetCoMentionsAsync));

    public BatchLoader<string, IReadOnlyList<RoleRecord>> RolesByPerson { get; } =
        new(BatchLoaderExtensions.Grouped<string, RoleRecord>(store.GetRolesByPersonAsync));

    public BatchLoader<string, IReadOnlyList<EntityRecord>> EventsByParticipant { get; } =
        new(BatchLoaderExtensions.Grouped<string, EntityRecord>(store.GetEventsByParticipantAsync));

    public BatchLoader<string, IReadOnlyList<EntityRecord>> ChildrenByParent { get; } =
        new(BatchLoaderExtensions.Grouped<string, EntityRecord>(store.GetChildrenAsync));
}
