using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

/// <summary>Release global IDs: "Release:{slug}".</summary>
public static class ReleaseIds
{
    public static string Encode(string slug) => GlobalId.Encode(ReleaseType.TypeName, slug);

    public static bool TryDecode(string? id, out string slug) =>
        GlobalId.TryDecode(id, out var type, out slug) && type == ReleaseType.TypeName;

    /// <summary>The slug of an ID the input validator has accepted.</summary>
    public static string Decode(string id) =>
        TryDecode(id, out var slug) ? slug : throw new ArgumentException($"'{id}' is not a release ID.", nameof(id));
}
