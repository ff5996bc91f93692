using System.Text;
using System.Text.Json;

namespace ScoGraphQL.Bench.Faults.Fuzzing;

/// <summary>One generated HTTP request, exactly as sent, so an offending one can be saved and replayed.</summary>
public sealed record FuzzRequest(
    long Index,
    string Method,
    string PathAndQuery,
    string? ContentType,
    string? Accept,
    bool WithApiKey,
    byte[]? Body,
    string Recipe)
{
    public HttpRequestMessage ToMessage(string apiKey)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.Remove("Content-Type");
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null) message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (WithApiKey) message.Headers.Add("X-Api-Key", apiKey);
        return message;
    }

    /// <summary>Writes the request as JSON (the body both as UTF-8 text and as base64, since it may not be valid UTF-8).</summary>
    public string SaveTo(string folder, string why)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"fuzz-request-{Index}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new
        {
            why,
            Index,
            Recipe,
            Method,
            PathAndQuery,
            ContentType,
            Accept,
            WithApiKey,
            BodyText = Body is null ? null : Encoding.UTF8.GetString(Body),
            BodyBase64 = Body is null ? null : Convert.ToBase64String(Body),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return file;
    }
}
