namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// A title used without a name ("the RATS Director"); resolved to the one person in the release who holds it, or, when a
/// lone family name follows it ("Minister Petrov"), to the one person of that name.
/// </summary>
internal sealed record RoleReference(string Title, string CoreTitle, string? OrganizationKey, string? CountryKey, string? Surname, int Paragraph);
