using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>Maps a parsed release to its stored form.</summary>
public static class ReleaseRecords
{
    public static ReleaseRecord From(ParsedRelease parsed, ExtractionResult extraction, string slug, string? sourceFile, DateTime now) => new()
    {
        Id = slug,
        SourceFile = sourceFile,
        Title = parsed.Title,
        AlternateTitles = parsed.AlternateTitles.Select(t => new AlternateTitleRecord { Text = t.Text, Language = t.Language }).ToList(),
        PublishedAt = parsed.PublishedAt?.UtcDateTime,
        EventDate = ToDateTime(extraction.EventDate ?? parsed.EventDate),
        Paragraphs = [.. parsed.Paragraphs],
        Body = parsed.Body,
        WordCount = parsed.WordCount,
        Checksum = parsed.Checksum,
        Warnings = parsed.Warnings.Concat(extraction.Warnings).Select(ToRecord).ToList(),
        ExtractionVersion = ExtractionVersion.Current,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static WarningRecord ToRecord(DataQualityWarning warning) => new()
    {
        Code = warning.Code,
        Message = warning.Message,
        Paragraph = warning.Paragraph,
        Text = warning.Text,
    };
}
