using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.GraphQL;

public static class Connections
{
    public static Connection<T> From<T>(Page<T> page) => Connection<T>.From(page);

    public static Connection<T> From<T>(IReadOnlyList<T> all, PageRequest request) => Connection<T>.From(all, request);
}
