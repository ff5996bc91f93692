using System.Text.Json;
using GraphQL;

namespace ScoGraphQL.Api.Http;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> straight into the response's <see cref="HttpResponse.BodyWriter"/> with the
/// serializer's own options, so the bytes are the ones <see cref="IGraphQLTextSerializer.WriteAsync"/> wrote, without
/// the stream adapter, the serializer's intermediate buffer and its async state machine. The writer object is kept per
/// thread: the write is synchronous, so no two requests can share it at once. A whole response is buffered in the
/// pipe before the one flush, which is what the stream path did for bodies under its 16 KB flush threshold and costs
/// only memory for the larger ones (the biggest page is bounded by the limits).
/// </summary>
public sealed class ResponseBodyWriter(IGraphQLTextSerializer serializer)
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // The host registers ScoSerializer (GraphQLServiceCollectionExtensions); anything else is a wiring mistake, said at
    // start-up rather than served silently down a slower path.
    private readonly JsonSerializerOptions _options = (serializer as ScoSerializer)?.Options
        ?? throw new InvalidOperationException($"{nameof(ResponseBodyWriter)} needs the {nameof(ScoSerializer)} registered as the GraphQL serializer.");

    public async Task WriteAsync(HttpResponse response, ExecutionResult result, CancellationToken cancellationToken)
    {
        Write(response, result, _options);
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static void Write(HttpResponse response, ExecutionResult result, JsonSerializerOptions options)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions(options));
            t_writer = writer;
        }
        else
        {
            writer.Reset(response.BodyWriter);
        }
        try
        {
            JsonSerializer.Serialize(writer, result, options);
            writer.Flush();
        }
        finally
        {
            writer.Reset(); // lets go of the response's pipe
        }
    }

    /// <summary>What <see cref="JsonSerializer"/> derives from its options for its own writer; these decide the bytes.</summary>
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };
}
