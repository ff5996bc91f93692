using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

/// <summary>Per-request batch loaders for releases and what hangs off them.</summary>
public sealed class ReleaseLoaders(ICorpusStore store)
{
    public BatchLoader<string, ReleaseRecord> ById { get; } = new(store.GetReleasesAsync);

    public BatchLoader<string, IReadOnlyList<MentionRecord>> MentionsByRelease { get; } =
        new(BatchLoaderExtensions.Grouped<string, MentionRecord>(store.GetMentionsByReleaseAsync));
}
