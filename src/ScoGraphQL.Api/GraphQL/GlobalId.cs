using System.Buffers.Text;
using System.Text;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// Opaque Relay IDs: base64url of "TypeName:localId". Clients must not parse them; the server can tell a
/// malformed ID (not ours) from an unknown one (ours, but nothing has it).
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string localId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{localId}"));

    public static bool TryDecode(string? id, out string typeName, out string localId)
    {
        typeName = localId = "";
        if (string.IsNullOrEmpty(id) || id.Length > 1024) return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return false;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        typeName = text[..colon];
        localId = text[(colon + 1)..];
        return true;
    }
}
