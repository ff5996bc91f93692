namespace ScoGraphQL.Storage.Records;

/// <summary>A release as stored. <see cref="Id"/> is the slug: stable, URL-safe, unique.</summary>
public sealed class ReleaseRecord
{
    public string Id { get; set; } = "";
    public string? SourceFile { get; set; }
    public string Title { get; set; } = "";
    public List<AlternateTitleRecord> AlternateTitles { get; set; } = [];
    /// <summary>UTC.</summary>
    public DateTime? PublishedAt { get; set; }
    /// <summary>Midnight UTC of the event's calendar date.</summary>
    public DateTime? EventDate { get; set; }
    public List<string> Paragraphs { get; set; } = [];
    public string Body { get; set; } = "";
    public int WordCount { get; set; }
    public string Checksum { get; set; } = "";
    /// <summary>Which extraction produced the entities (see Ingest.ExtractionVersion).</summary>
    public string ExtractionVersion { get; set; } = "";
    public List<WarningRecord> Warnings { get; set; } = [];
    /// <summary>Keys of every entity the release mentions: a multikey index answers "releases mentioning X".</summary>
    public List<string> EntityIds { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// A copy that shares nothing a caller could change: scalars by value (a property added later is copied too), new
    /// lists and new list items. Far cheaper than decoding the stored document again.
    /// </summary>
    public ReleaseRecord Copy()
    {
        var copy = (ReleaseRecord)MemberwiseClone();
        copy.AlternateTitles = AlternateTitles.ConvertAll(title => new AlternateTitleRecord { Text = title.Text, Language = title.Language });
        copy.Paragraphs = [.. Paragraphs];
        copy.Warnings = Warnings.ConvertAll(warning => new WarningRecord { Code = warning.Code, Message = warning.Message, Paragraph = warning.Paragraph, Text = warning.Text });
        copy.EntityIds = [.. EntityIds];
        return copy;
    }
}
