using System.Text;

namespace ScoGraphQL.Storage.Seeding;

/// <summary>Reads a release file as strict UTF-8, so a file in another encoding is reported instead of silently garbled.</summary>
public static class ReleaseFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InvalidDataException">The file is not valid UTF-8; the message says where.</exception>
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"not valid UTF-8 (invalid byte at offset {e.Index}); save the file as UTF-8", e);
        }
    }
}
