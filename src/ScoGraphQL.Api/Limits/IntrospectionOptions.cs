namespace ScoGraphQL.Api.Limits;

/// <summary><c>GraphQL:EnableIntrospection</c>.</summary>
public sealed class IntrospectionOptions
{
    /// <summary>
    /// Answer <c>__schema</c>/<c>__type</c>. On by default everywhere: the schema is public (schema/schema.graphql) and the
    /// IDE at /graphql needs it. Production deployments that serve only their own clients set it to false.
    /// </summary>
    public bool EnableIntrospection { get; set; } = true;
}
