using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace ScoGraphQL.Api.Http;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, with its configured options visible to <see cref="ResponseBodyWriter"/>
/// (GraphQL.NET keeps them protected), so a response written into the body's pipe has the same bytes.
/// </summary>
public sealed class ScoSerializer(Action<JsonSerializerOptions> configure, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(configure, errorInfoProvider)
{
    public JsonSerializerOptions Options => SerializerOptions;
}
