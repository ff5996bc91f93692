namespace ScoGraphQL.Extraction.Model;

/// <summary>A title held by a person, as the release states it ("Prime Minister of India").</summary>
public sealed record ExtractedRole(string PersonKey, string Title, string? OrganizationKey = null, string? CountryKey = null);
