using System.Text.Json;

namespace ScoGraphQL.Api.Limits;

/// <summary>Measures JSON nesting with a forward-only reader, so a deeply nested body is refused before it is deserialised.</summary>
public static class JsonDepth
{
    /// <returns>True when <paramref name="json"/> nests deeper than <paramref name="maxDepth"/>; malformed JSON is left to the deserialiser.</returns>
    public static bool Exceeds(ReadOnlySpan<byte> json, int maxDepth)
    {
        // The reader's own limit is set just above ours so it stops at the first level too deep, having read no further.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) return true;
            }
            return false;
        }
        catch (JsonException)
        {
            return reader.CurrentDepth >= maxDepth;
        }
    }

    /// <inheritdoc cref="Exceeds(ReadOnlySpan{byte}, int)"/>
    public static bool Exceeds(string json, int maxDepth) => Exceeds(System.Text.Encoding.UTF8.GetBytes(json), maxDepth);
}
