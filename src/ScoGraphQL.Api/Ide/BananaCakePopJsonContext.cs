using System.Text.Json.Serialization;

namespace ScoGraphQL.Api.Ide;

/// <summary>Source-generated JSON for bcp-config.json; nulls are omitted so the IDE keeps its defaults.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BananaCakePopConfig))]
internal sealed partial class BananaCakePopJsonContext : JsonSerializerContext;
