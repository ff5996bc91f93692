namespace ScoGraphQL.Bench.Faults.Fuzzing;

/// <summary>Valid operations against the public contract (schema/contract.graphql): the material the fuzzer breaks.</summary>
public static class GraphQLSamples
{
    public sealed record Sample(string Query, Dictionary<string, object?>? Variables = null, string? OperationName = null);

    public static readonly IReadOnlyList<Sample> All =
    [
        new("{ releases(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug title publishedAt eventDate wordCount } } }"),
        new("query($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) { totalCount nodes { score snippet release { slug title } } } }",
            new() { ["q"] = "Moscow Declaration", ["first"] = 5, ["after"] = null }),
        new("{ people(where: { anyName: { eq: \"Mr Norov\" } }) { nodes { name aliases mentionCount roles { title organization { name } release { slug } } events { name startDate } related(first: 5) { sharedReleases entity { __typename name } } } } }"),
        new("query($after: String) { events(first: 10, after: $after, where: { startDate: { gte: \"2020-01-01\" } }, order: [{ startDate: ASC }]) { pageInfo { hasNextPage endCursor } nodes { name startDate endDate datePrecision format place { name country { name } } documents { name documentKind } } } }",
            new() { ["after"] = null }),
        new("query($id: ID!) { node(id: $id) { id ... on Release { title paragraphs } ... on Entity { name kind } } }", new() { ["id"] = "UmVsZWFzZTphYmM=" }),
        new("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new() { ["ids"] = new[] { "UmVsZWFzZTphYmM=", "x" } }),
        new("{ stats { releaseCount entityCount entitiesByKind { kind count } releasesByMonth { month count } } }"),
        new("{ countries(first: 3, order: [{ mentionCount: DESC }]) { nodes { name isoCode scoStatus(on: \"2020-01-01\") } } }"),
        new("{ __schema { queryType { name } types { name kind fields { name } } } }"),
        new("query($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } errors { code message ... on ValidationError { field } } } }",
            new() { ["input"] = new Dictionary<string, object?> { ["title"] = "Fuzz", ["body"] = "Body.", ["slug"] = "fuzz" } }),
        new("mutation M($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } errors { code message ... on ValidationError { field } } } }",
            new() { ["input"] = new Dictionary<string, object?> { ["title"] = "Fuzz", ["body"] = "Body.", ["publishedAt"] = "2021-03-01T10:00:00Z", ["alternateTitles"] = new[] { new Dictionary<string, object?> { ["text"] = "Т", ["language"] = "ru" } } } },
            "M"),
        new("mutation { deleteRelease(input: { id: \"UmVsZWFzZTphYmM=\" }) { deletedId errors { code message } } }"),
        new("mutation { mergeEntities(input: { targetId: \"a\", sourceIds: [\"b\"] }) { entity { id } errors { code } } }"),
        new("fragment R on Release { id title } query Q { releases(first: 2) { nodes { ...R } } } query P { stats { releaseCount } }", null, "Q"),
        new("{ releases(where: { or: [{ title: { contains: \"SCO\" } }, { wordCount: { gt: 100 } }] }, order: [{ publishedAt: DESC }], first: 3) { nodes { title } } }"),
        new("{ entities(kinds: [PERSON, COUNTRY], first: 4) { nodes { __typename name mentionCount mentions(first: 2) { nodes { text paragraph start end } } } } }"),
        new("{ organizations(first: 2) { nodes { name acronyms parent { name } children { name } } } documents(first: 2) { nodes { name number adoptedAt { name } } } }"),
        new("subscription { releaseAdded { id } }"),
        new("query($skip: Boolean!) { topics(first: 3) @skip(if: $skip) { nodes { name } } places(first: 2) { nodes { name } } }", new() { ["skip"] = false }),
    ];
}
