namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>What a stretch of text was recognised as; later recognisers leave some of these alone.</summary>
internal enum ClaimKind
{
    Organization,
    Document,
    Role,
    PersonName,
    Country,
    Place,
    Event,
}
