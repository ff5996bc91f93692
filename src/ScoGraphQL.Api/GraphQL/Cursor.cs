using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>Cursors are positions in the ordered result, opaque to clients; valid while the data does not change.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string Encode(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int position)
    {
        position = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
