namespace ScoGraphQL.Storage.Querying;

/// <summary>Which releases, in which order. <paramref name="Mentioning"/>: only releases mentioning all these entity ids.</summary>
public sealed record ReleaseQuery(Filter? Where = null, IReadOnlyList<SortField>? Order = null, IReadOnlyList<string>? Mentioning = null)
{
    public static ReleaseQuery All { get; } = new();

    /// <summary>
    /// The parts of each record the caller reads. Those left out may come back empty (a store may still fill them
    /// in); the scalars are always filled in.
    /// </summary>
    public ReleaseParts Parts { get; init; } = ReleaseParts.All;

    /// <summary>
    /// The caller only reads the records and never changes them, so a store may hand out records it shares with other
    /// readers instead of a copy each (as <see cref="ICorpusStore.GetEntitiesToReadAsync"/> does for entities).
    /// </summary>
    public bool ToRead { get; init; }

    /// <summary>Logical fields a release filter or sort may name.</summary>
    public static class Fields
    {
        public const string Title = "title";
        public const string Slug = "slug";
        public const string Body = "body";
        public const string PublishedAt = "publishedAt";
        public const string EventDate = "eventDate";
        public const string WordCount = "wordCount";
    }
}
