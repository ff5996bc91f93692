using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Releases;

public sealed class ReleaseSortInputType() : SortInputType("ReleaseSortInput", "title", "publishedAt", "eventDate", "wordCount")
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["title"] = ReleaseQuery.Fields.Title,
        ["publishedAt"] = ReleaseQuery.Fields.PublishedAt,
        ["eventDate"] = ReleaseQuery.Fields.EventDate,
        ["wordCount"] = ReleaseQuery.Fields.WordCount,
    };
}
