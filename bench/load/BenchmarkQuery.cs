using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScoGraphQL.Bench.Load;

/// <summary>One request the load is made of: a GraphQL document with its variables, sent as the same POST body every time.</summary>
public sealed record BenchmarkQuery(string Key, string Name, string Document, JsonObject? Variables = null)
{
    /// <summary>The JSON body, byte for byte what wrk sends and the plain endpoint looks up.</summary>
    public string Body => new JsonObject
    {
        ["query"] = Document,
        ["variables"] = Variables?.DeepClone(),
    }.ToJsonString(new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    /// <summary>(a) the smallest useful page.</summary>
    public static BenchmarkQuery Small { get; } = new("a", "small: releases(first: 10) { nodes { id title } }",
        "{ releases(first: 10) { nodes { id title } } }");

    /// <summary>(c) 50 releases → people → roles → organisation: what the batch loaders are for.</summary>
    public static BenchmarkQuery Nested { get; } = new("c", "nested: 50 releases → people → roles → organisation",
        "{ releases(first: 50) { nodes { title people { name roles { title organization { name } } } } } }");

    /// <summary>(d) full-text search, best match first, with snippets.</summary>
    public static BenchmarkQuery Search { get; } = new("d", "search: \"cooperation\", 10 hits with snippets",
        "query Search($text: String!) { search(query: $text, first: 10) { totalCount nodes { score snippet release { slug title } } } }",
        new JsonObject { ["text"] = "cooperation" });

    /// <summary>Finds the most-mentioned person: the biggest page, and the one whose <c>related</c> grows with the corpus.</summary>
    public const string MostMentionedPerson = "{ people(first: 1, order: [{ mentionCount: DESC }]) { nodes { id } } }";

    /// <summary>(b) a person page: roles, latest releases, who appears alongside.</summary>
    public static BenchmarkQuery PersonPage(string personId) => new("b", "person page: roles, 10 releases, 10 related",
        "query PersonPage($id: ID!) { node(id: $id) { ... on Person { name aliases mentionCount " +
        "roles { title organization { name } release { slug } } " +
        "releases(first: 10) { totalCount nodes { slug title eventDate } } " +
        "related(first: 10) { sharedReleases entity { __typename name } } } } }",
        new JsonObject { ["id"] = personId });
}
