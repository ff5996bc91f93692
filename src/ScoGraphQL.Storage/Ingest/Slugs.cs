using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>URL-safe release keys.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>The seed file's base name, folded to URL-safe characters ("000_05fd.txt" → "000_05fd").</summary>
    public static string FromFileName(string fileName)
    {
        var baseName = Path.GetFileNameWithoutExtension(fileName);
        var safe = new string(baseName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? FromTitle(fileName) : Truncate(safe);
    }

    public static string FromTitle(string title)
    {
        var folded = EntityKeys.Fold(title);
        return folded.Length == 0 ? "release" : Truncate(folded);
    }

    /// <summary>A well-formed slug: lower-case ASCII letters, digits, '-' and '_', not empty, at most <see cref="MaxLength"/>.</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength && slug.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c is '-' or '_');

    /// <summary>
    /// <paramref name="slug"/> made unique with the checksum, which is unique among stored releases, in the order to
    /// try: the same title can be created many times without probing a numbered sequence.
    /// </summary>
    public static IEnumerable<string> WithChecksum(string slug, string checksum)
    {
        // Room for "-" + 16 hex digits + "-" + a counter within MaxLength.
        var stem = slug.Length > MaxLength - 24 ? slug[..(MaxLength - 24)].TrimEnd('-') : slug;
        yield return $"{stem}-{checksum[..8]}";
        yield return $"{stem}-{checksum[..16]}";
        for (var n = 2; ; n++) yield return $"{stem}-{checksum[..16]}-{n}";
    }

    private static string Truncate(string slug) => slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
}
