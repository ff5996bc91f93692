using System.Globalization;
using System.Text;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// Cleans one line: odd spaces become plain spaces, invisible format characters go, combining marks that sit on
/// no letter go (a stroke overlay between two numbers was meant as a dash: "2021̵ 2025" → "2021–2025"), runs of
/// spaces collapse, the result is NFC. Quotes and letters are left as written. One instance per release: it
/// counts odd spaces so the release gets one warning per kind instead of one per character.
/// </summary>
internal sealed class LineNormaliser(WarningCollector warnings)
{
    private static readonly Dictionary<char, string> CharacterNames = new()
    {
        ['\u00A0'] = "NO-BREAK SPACE",
        ['\u00AD'] = "SOFT HYPHEN",
        ['\u2007'] = "FIGURE SPACE",
        ['\u2009'] = "THIN SPACE",
        ['\u200B'] = "ZERO WIDTH SPACE",
        ['\u202F'] = "NARROW NO-BREAK SPACE",
        ['\u2060'] = "WORD JOINER",
        ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE",
        ['\u0335'] = "COMBINING SHORT STROKE OVERLAY",
        ['\u0336'] = "COMBINING LONG STROKE OVERLAY",
    };

    private readonly Dictionary<char, int> _oddSpaces = [];
    private readonly StringBuilder _sb = new(256);

    public string Normalise(string raw)
    {
        if (IsAlreadyClean(raw)) return raw;

        _sb.Clear();
        var onLetter = false; // the last kept character is a letter, or a mark already sitting on one
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is > ' ' and < '\u007F')
            {
                _sb.Append(c);
                onLetter = char.IsAsciiLetter(c);
                continue;
            }
            if (char.IsSurrogate(c))
            {
                // A pair is one character outside the BMP; half a pair is damage and would break NFC.
                if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    _sb.Append(c).Append(raw[++i]);
                }
                else
                {
                    Tally(c);
                    _sb.Append('\uFFFD');
                }
                onLetter = false;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == ' ' || c == '\t')
            {
                AppendSpace();
                onLetter = false;
            }
            else if (char.IsWhiteSpace(c) || category == UnicodeCategory.Format)
            {
                Tally(c);
                if (category != UnicodeCategory.Format) AppendSpace();
                onLetter = false;
            }
            else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark && !onLetter)
            {
                i = ReplaceStrayMark(raw, i);
                onLetter = false;
            }
            else
            {
                _sb.Append(c);
                onLetter = char.IsLetter(c) || (onLetter && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);
            }
        }

        while (_sb.Length > 0 && _sb[^1] == ' ') _sb.Length--;
        var clean = _sb.ToString();
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    /// <summary>One ODD_CHARACTER warning per kind of odd space (or broken surrogate) seen in the release.</summary>
    public void ReportTallies()
    {
        foreach (var (c, count) in _oddSpaces)
        {
            warnings.Add(WarningCodes.OddCharacter,
                $"{count} × {Describe(c)} replaced by {(char.IsSurrogate(c) ? "U+FFFD REPLACEMENT CHARACTER" : "a plain space or removed")}.");
        }
    }

    /// <returns>The index of the last raw character consumed.</returns>
    private int ReplaceStrayMark(string raw, int i)
    {
        var mark = raw[i];
        var next = i + 1;
        while (next < raw.Length && char.IsWhiteSpace(raw[next])) next++;
        var afterDigit = _sb.Length > 0 && char.IsAsciiDigit(_sb[^1]);
        var beforeDigit = next < raw.Length && char.IsAsciiDigit(raw[next]);
        // An overlay stroke on a digit looks like a dash on screen, and between two numbers it was one.
        var asDash = mark is '\u0335' or '\u0336' && afterDigit && beforeDigit;

        var tokenStart = i;
        while (tokenStart > 0 && !char.IsWhiteSpace(raw[tokenStart - 1])) tokenStart--;
        var tokenEnd = asDash ? next : i + 1;
        while (tokenEnd < raw.Length && !char.IsWhiteSpace(raw[tokenEnd])) tokenEnd++;
        var asWritten = raw[tokenStart..tokenEnd];

        var kept = _sb.Length - (i - tokenStart);
        var before = kept >= 0 ? _sb.ToString(kept, _sb.Length - kept) : string.Empty;
        if (asDash)
        {
            _sb.Append('–');
            var clean = before + "–" + raw[next..tokenEnd];
            warnings.AddLocated(WarningCodes.OddCharacter,
                $"{Describe(mark)} between two numbers in '{asWritten}' read as an en dash: '{clean}'.", asWritten, clean);
            return next - 1;
        }

        warnings.AddLocated(WarningCodes.OddCharacter,
            $"{Describe(mark)} attached to no letter in '{asWritten}' removed.", asWritten, before + raw[(i + 1)..tokenEnd]);
        return i;
    }

    private void AppendSpace()
    {
        if (_sb.Length > 0 && _sb[^1] != ' ') _sb.Append(' ');
    }

    private void Tally(char c) => _oddSpaces[c] = _oddSpaces.GetValueOrDefault(c) + 1;

    private static string Describe(char c) =>
        CharacterNames.TryGetValue(c, out var name) ? $"U+{(int)c:X4} {name}" : $"U+{(int)c:X4}";

    // Most lines are plain ASCII prose: skip the rebuild for them.
    private static bool IsAlreadyClean(string raw)
    {
        if (raw.Length == 0) return true;
        if (raw[0] == ' ' || raw[^1] == ' ') return false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c > '\u007E' || c < ' ' || (c == ' ' && raw[i - 1] == ' ')) return false;
        }
        return true;
    }
}
