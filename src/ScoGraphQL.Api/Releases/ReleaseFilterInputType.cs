using ScoGraphQL.Api.GraphQL.Filtering;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Releases;

public sealed class ReleaseFilterInputType : FilterInputType<ReleaseFilterInputType>
{
    public static IReadOnlyDictionary<string, string> FieldMap { get; } = new Dictionary<string, string>
    {
        ["title"] = ReleaseQuery.Fields.Title,
        ["slug"] = ReleaseQuery.Fields.Slug,
        ["body"] = ReleaseQuery.Fields.Body,
        ["publishedAt"] = ReleaseQuery.Fields.PublishedAt,
        ["eventDate"] = ReleaseQuery.Fields.EventDate,
        ["wordCount"] = ReleaseQuery.Fields.WordCount,
    };

    public ReleaseFilterInputType() : base("ReleaseFilterInput")
    {
        Operation<StringOperationFilterInputType>("title");
        Operation<StringOperationFilterInputType>("slug");
        Operation<StringOperationFilterInputType>("body");
        Operation<DateTimeOperationFilterInputType>("publishedAt");
        Operation<DateOperationFilterInputType>("eventDate");
        Operation<IntOperationFilterInputType>("wordCount");
    }
}
