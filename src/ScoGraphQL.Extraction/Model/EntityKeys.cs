using System.Globalization;
using System.Text;

namespace ScoGraphQL.Extraction.Model;

/// <summary>
/// Corpus-wide identity of an entity: kind plus its canonical name folded (diacritics, case, punctuation),
/// so "Miroslav Jenča" and "Miroslav Jenca" are one person. Stable across re-seeding, so IDs handed to
/// clients stay valid.
/// </summary>
public static class EntityKeys
{
    public static string For(EntityKind kind, string canonicalName) =>
        $"{kind.ToString().ToLowerInvariant()}:{Fold(canonicalName)}";

    /// <summary>Parsed from the span: the API filters every id of a release by kind, and a substring each added up.</summary>
    public static EntityKind KindOf(string key) =>
        Enum.Parse<EntityKind>(key.AsSpan(0, key.IndexOf(':')), ignoreCase: true);

    /// <summary>Lower-case ASCII-ish form: diacritics removed, runs of non-letters/digits become one '-'.</summary>
    public static string Fold(string text)
    {
        // Most tokens are plain ASCII: nothing to decompose and no combining marks, so a single pass does.
        if (Ascii.IsValid(text)) return FoldAscii(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }

    private static string FoldAscii(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingDash = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && length > 0) buffer[length++] = '-';
                pendingDash = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingDash = true;
            }
        }
        return new string(buffer[..length]);
    }
}
