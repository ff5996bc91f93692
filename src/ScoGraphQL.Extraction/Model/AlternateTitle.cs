namespace ScoGraphQL.Extraction.Model;

/// <summary>Another headline of the same release; <paramref name="Language"/> is a BCP 47 tag (ru, en).</summary>
public sealed record AlternateTitle(string Text, string Language);
