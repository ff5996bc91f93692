using System.Security.Cryptography;
using System.Text;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>Reads one release from raw text. Pure: no I/O.</summary>
public sealed class ReleaseParser
{
    // First cut: headline = first line, paragraphs = blank-line separated blocks.
    public ParsedRelease Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim()
            ?? throw new ReleaseFormatException("The release is empty: it has no headline.");
        var body = string.Join('\n', lines.SkipWhile(l => l.Trim() != title).Skip(1));
        var paragraphs = body.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var joined = string.Join("\n\n", paragraphs);
        return new ParsedRelease
        {
            Title = title,
            Paragraphs = paragraphs,
            WordCount = joined.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + joined))),
        };
    }
}
