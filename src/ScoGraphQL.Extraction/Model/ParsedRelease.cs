namespace ScoGraphQL.Extraction.Model;

/// <summary>A release as the parser reads it from raw text: normalised, boilerplate removed, nothing extracted yet.</summary>
public sealed record ParsedRelease
{
    public required string Title { get; init; }

    public IReadOnlyList<AlternateTitle> AlternateTitles { get; init; } = [];

    /// <summary>From a byline such as "2021-05-27 15:03:01 admin source: share:"; null when the text states none.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Date of the main event the release reports, as far as the parser can tell (extraction may refine it).</summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>Clean paragraphs: normalised text, no boilerplate, no bylines.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public IReadOnlyList<DataQualityWarning> Warnings { get; init; } = [];

    /// <summary>Paragraphs joined by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);

    public int WordCount { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the normalised title and body: equal content, equal checksum.</summary>
    public required string Checksum { get; init; }
}
