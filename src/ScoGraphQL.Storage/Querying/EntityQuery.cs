using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Storage.Querying;

/// <summary>Which entities, in which order. An empty/null <paramref name="Kinds"/> means every kind.</summary>
public sealed record EntityQuery(IReadOnlyList<EntityKind>? Kinds = null, Filter? Where = null, IReadOnlyList<SortField>? Order = null)
{
    public static class Fields
    {
        public const string Name = "name";
        /// <summary>The name or any alias.</summary>
        public const string AnyName = "anyName";
        public const string MentionCount = "mentionCount";
        public const string StartDate = "startDate";
        public const string EndDate = "endDate";
    }
}
