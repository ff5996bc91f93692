using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Releases;

/// <summary>
/// Turns mutation input into what the store writes. Every path runs the seed loader's parser, extractor and
/// record mapping, so a release made by a mutation is indistinguishable from a seeded one with the same text.
/// </summary>
/// <exception cref="ReleaseFormatException">From every method: the text has no headline.</exception>
public sealed class ReleaseDrafts(ReleaseParser parser, EntityExtractor extractor, ICorpusStore store, TimeProvider time)
{
    /// <summary>Raw text, as a seed file; the slug comes from <paramref name="sourceFile"/> as in seeding, else from the headline.</summary>
    public Task<ReleaseWrite> FromTextAsync(string text, string? sourceFile, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(text);
        var slug = sourceFile is null ? Slugs.FromTitle(parsed.Title) : Slugs.FromFileName(sourceFile);
        return BuildAsync(parsed, slug, sourceFile, cancellationToken);
    }

    /// <summary>
    /// Separate fields, read as the text "title, blank line, body": the body is cleaned and split like a seed
    /// file's. Given alternate titles and publication time replace what the parser found.
    /// </summary>
    public Task<ReleaseWrite> FromFieldsAsync(string title, string body, IReadOnlyList<AlternateTitleInput>? alternateTitles, DateTimeOffset? publishedAt, string? slug, CancellationToken cancellationToken, string? sourceFile = null)
    {
        var parsed = parser.Parse(title + "\n\n" + body);
        parsed = parsed with
        {
            AlternateTitles = alternateTitles?.Select(t => new AlternateTitle(t.Text, t.Language)).ToList() ?? parsed.AlternateTitles,
            PublishedAt = publishedAt ?? parsed.PublishedAt,
        };
        return BuildAsync(parsed, slug ?? Slugs.FromTitle(parsed.Title), sourceFile, cancellationToken);
    }

    /// <summary>
    /// <paramref name="current"/> with the given fields changed. A new title or body re-runs parsing and
    /// extraction (the extraction is returned); otherwise the stored paragraphs, warnings and entities stay.
    /// </summary>
    public async Task<(ReleaseRecord Release, ExtractionResult? Extraction)> UpdateAsync(ReleaseRecord current, UpdateReleaseInput input, CancellationToken cancellationToken)
    {
        var publishedAt = input.PublishedAtGiven ? input.PublishedAt : current.PublishedAt;
        var alternates = input.AlternateTitles ?? current.AlternateTitles.Select(t => new AlternateTitleInput(t.Text, t.Language)).ToList();
        var textChanged = (input.Title is not null && input.Title != current.Title) || (input.Body is not null && input.Body != current.Body);
        if (textChanged)
        {
            var write = await FromFieldsAsync(input.Title ?? current.Title, input.Body ?? current.Body, alternates, publishedAt, current.Id, cancellationToken, current.SourceFile);
            write.Release.PublishedAt = publishedAt; // an explicit null clears a byline time too
            return (write.Release, write.Extraction);
        }
        current.PublishedAt = publishedAt;
        current.AlternateTitles = alternates.Select(t => new AlternateTitleRecord { Text = t.Text, Language = t.Language }).ToList();
        current.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return (current, null);
    }

    /// <summary>Extracts against what the corpus already knows, as seeding does, so "Mr Norov" alone is the stored Vladimir Norov.</summary>
    private async Task<ReleaseWrite> BuildAsync(ParsedRelease parsed, string slug, string? sourceFile, CancellationToken cancellationToken)
    {
        var extraction = extractor.Extract(parsed, await StoredKnowledge.LoadAsync(store, cancellationToken));
        return new ReleaseWrite(ReleaseRecords.From(parsed, extraction, slug, sourceFile, time.GetUtcNow().UtcDateTime), extraction);
    }
}
