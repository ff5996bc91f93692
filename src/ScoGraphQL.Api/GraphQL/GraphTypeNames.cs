using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL;

public static class GraphTypeNames
{
    /// <summary>"ReleaseType" → "Release": our graph types are named after the GraphQL type plus "Type".</summary>
    public static string Of<TGraphType>() where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
