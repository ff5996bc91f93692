using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Http;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as GraphQL.NET's own converter does, byte for byte, but writes the common
/// leaf values (strings, numbers, booleans) straight to the writer: the stock converter hands every leaf to
/// <see cref="JsonSerializer"/> as an object (a type lookup and a converter call each), which was most of its cost on a
/// large page. Other values (dates, custom scalars), errors and extensions still go through the serializer.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    /// <summary>More distinct field names and aliases than this and later ones are written unencoded, as before.</summary>
    public const int MaxEncodedNames = 4096;

    /// <summary>The options the names were encoded for: names, naming policy and encoder together give the bytes.</summary>
    private EncodedNames? _names;

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options, NamesFor(options));
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are only written.");

    private EncodedNames NamesFor(JsonSerializerOptions options)
    {
        var names = Volatile.Read(ref _names);
        if (names is not null && ReferenceEquals(names.Options, options)) return names;
        names = new EncodedNames(options);
        Volatile.Write(ref _names, names);
        return names;
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options, EncodedNames names)
    {
        // A leaf of GraphQL.NET's own node type (not a subclass that may answer ToValue otherwise) is most of a page:
        // one comparison of its type instead of walking the class hierarchy for each case below.
        if (node?.GetType() == typeof(ValueExecutionNode))
        {
            WriteValue(writer, node.Result, options);
            return;
        }
        switch (node)
        {
            case ValueExecutionNode leaf:
                WriteValue(writer, leaf.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case CompactObjectNode { Plan: { } plan } compact:
                WriteInPlace(writer, compact, plan, options, names);
                break;
            case ObjectExecutionNode parent:
                writer.WriteStartObject();
                foreach (var child in parent.SubFields)
                {
                    // Without an alias the response key is the field definition's own name, the same string every time.
                    if (child.Field.Alias is null) names.WriteFieldName(writer, child.FieldDefinition.Name);
                    else names.WritePropertyName(writer, child.Name!);
                    WriteNode(writer, child, options, names);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items) WriteNode(writer, item, options, names);
                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>An object whose leaves were resolved in place: its fields in the plan's order, leaves from the node, the rest from their nodes.</summary>
    private static void WriteInPlace(Utf8JsonWriter writer, CompactObjectNode node, SelectionPlan plan, JsonSerializerOptions options, EncodedNames names)
    {
        var nodes = node.SubFields!;
        var (leaf, child) = (0, 0);
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            if (field.Alias is null) names.WriteFieldName(writer, field.FieldType.Name);
            else names.WritePropertyName(writer, field.Alias);
            if (field.Leaf is null) WriteNode(writer, nodes[child++], options, names);
            else WriteValue(writer, node.Leaf(leaf++), options);
        }
        writer.WriteEndObject();
    }

    /// <summary>What the serializer's own converters would write for these types, without looking them up.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }

    /// <summary>
    /// Field names and aliases converted and escaped once: a large page writes the same few names thousands of times,
    /// and writing a name as a string checks it for characters to escape and transcodes it every time. The schema's
    /// field names are looked up by reference (a small map replaced whole when a name is added, so readers take no
    /// lock and hash no characters); aliases, a new string per node, by value.
    /// </summary>
    private sealed class EncodedNames(JsonSerializerOptions options)
    {
        private readonly ConcurrentDictionary<string, JsonEncodedText> _encoded = new(StringComparer.Ordinal);

        private Dictionary<string, JsonEncodedText> _fieldNames = new(ReferenceEqualityComparer.Instance);

        private readonly Lock _gate = new();

        public JsonSerializerOptions Options { get; } = options;

        /// <summary>A field definition's name: one string per field of the schema, so a bounded set.</summary>
        public void WriteFieldName(Utf8JsonWriter writer, string name)
        {
            if (Volatile.Read(ref _fieldNames).TryGetValue(name, out var encoded))
            {
                writer.WritePropertyName(encoded);
                return;
            }
            encoded = Encode(name);
            lock (_gate)
            {
                if (_fieldNames.Count < MaxEncodedNames && !_fieldNames.ContainsKey(name))
                    Volatile.Write(ref _fieldNames, new Dictionary<string, JsonEncodedText>(_fieldNames, ReferenceEqualityComparer.Instance) { [name] = encoded });
            }
            writer.WritePropertyName(encoded);
        }

        public void WritePropertyName(Utf8JsonWriter writer, string name)
        {
            if (_encoded.TryGetValue(name, out var encoded))
            {
                writer.WritePropertyName(encoded);
                return;
            }
            if (_encoded.Count >= MaxEncodedNames)
            {
                writer.WritePropertyName(Options.PropertyNamingPolicy?.ConvertName(name) ?? name);
                return;
            }
            encoded = Encode(name);
            _encoded.TryAdd(name, encoded);
            writer.WritePropertyName(encoded);
        }

        private JsonEncodedText Encode(string name) =>
            JsonEncodedText.Encode(Options.PropertyNamingPolicy?.ConvertName(name) ?? name, Options.Encoder);
    }
}
