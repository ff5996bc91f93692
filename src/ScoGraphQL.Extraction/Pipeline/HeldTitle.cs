namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// A title a named person holds in this release, in the form role references are matched against, with the paragraph
/// that gives it (-1 for the headline).
/// </summary>
internal sealed record HeldTitle(string PersonKey, string CoreTitle, string? OrganizationKey, string? CountryKey, int Paragraph);
