namespace ScoGraphQL.Extraction.Model;

/// <summary>Something the parser or extractor removed from, or doubts in, a release.</summary>
/// <param name="Code">Machine-readable: see <see cref="WarningCodes"/>.</param>
/// <param name="Paragraph">Index into the release's paragraphs, when the warning is about one.</param>
/// <param name="Text">The text concerned, as written.</param>
public sealed record DataQualityWarning(string Code, string Message, int? Paragraph = null, string? Text = null);
