using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

/// <summary>
/// Turns mutation input into what the store writes. Every path runs the seed loader's parser, extractor and
/// record mapping, so a release made by a mutation is indistinguishable from a seeded one with the same text.
/// </summary>
/// <exception cref="ReleaseFormatException">From every method: the text has no headline.</exception>
public sealed class ReleaseDrafts(ReleaseParser parser, EntityExtractor extractor, TimeProvider time)
{
    /// <summary>Raw text, as a seed file; the slug comes from <paramref name="sourceFile"/> as in seeding, else from the headline.</summary>
    public ReleaseWrite FromText(string text, string? sourceFile)
    {
        var parsed = parser.Parse(text);
        var slug = sourceFile is null ? Slugs.FromTitle(parsed.Title) : Slugs.FromFileName(sourceFile);
        return Build(parsed, slug, sourceFile);
    }

    /// <summary>
    /// Separate fields, read as the text "title, blank line, body": the body is cleaned and split like a seed
    /// file's. Given alternate titles and publication time replace what the parser found.
    /// </summary>
    public ReleaseWrite FromFields(string title, string body, IReadOnlyList<AlternateTitleInput>? alternateTitles, DateTimeOffset? publishedAt, string? slug, string? sourceFile = null)
    {
        var parsed = parser.Parse(title + "\n\n" + body);
        parsed = parsed with
        {
            AlternateTitles = alternateTitles?.Select(t => new AlternateTitle(t.Text, t.Language)).ToList() ?? parsed.AlternateTitles,
            PublishedAt = publishedAt ?? parsed.PublishedAt,
        };
        return Build(parsed, slug ?? Slugs.FromTitle(parsed.Title), sourceFile);
    }

    /// <summary>
    /// <paramref name="current"/> with the given fields changed. A new title or body re-runs parsing and
    /// extraction (the extraction is returned); otherwise the stored paragraphs, warnings and entities stay.
    /// </summary>
    public (ReleaseRecord Release, ExtractionResult? Extraction) Update(ReleaseRecord current, UpdateReleaseInput input)
    {
        var publishedAt = input.PublishedAtGiven ? input.PublishedAt : current.PublishedAt;
        var alternates = input.AlternateTitles ?? current.AlternateTitles.Select(t => new AlternateTitleInput(t.Text, t.Language)).ToList();
        var textChanged = (input.Title is not null && input.Title != current.Title) || (input.Body is not null && input.Body != current.Body);
        if (textChanged)
        {
            var write = FromFields(input.Title ?? current.Title, input.Body ?? current.Body, alternates, publishedAt, current.Id, current.SourceFile);
            write.Release.PublishedAt = publishedAt; // an explicit null clears a byline time too
            return (write.Release, write.Extraction);
        }
        current.PublishedAt = publishedAt;
        current.AlternateTitles = alternates.Select(t => new AlternateTitleRecord { Text = t.Text, Language = t.Language }).ToList();
        current.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return (current, null);
    }

    private ReleaseWrite Build(ParsedRelease parsed, string slug, string? sourceFile)
    {
        var extraction = extractor.Extract(parsed);
        return new ReleaseWrite(ReleaseRecords.From(parsed, extraction, slug, sourceFile, time.GetUtcNow().UtcDateTime), extraction);
    }
}
