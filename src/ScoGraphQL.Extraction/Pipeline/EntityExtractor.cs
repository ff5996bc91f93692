using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>Turns a parsed release into its entities, mentions and relations. Pure: text in, entities out.</summary>
public sealed class EntityExtractor
{
    public ExtractionResult Extract(ParsedRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return ExtractionResult.Empty;
    }
}
