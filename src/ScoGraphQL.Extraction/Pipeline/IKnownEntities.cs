using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// What the caller (the seed loader, which holds the corpus) already knows, so a release that only says "Mr Norov"
/// resolves to the Vladimir Norov of earlier releases. Pure questions, no I/O implied.
/// </summary>
public interface IKnownEntities
{
    /// <summary>Canonical name of the one known person with this surname; null when none or several.</summary>
    string? PersonBySurname(string surname);

    /// <summary>Canonical name of a known entity of <paramref name="kind"/> that has <paramref name="alias"/> as name, alias or acronym; null when unknown.</summary>
    string? CanonicalName(EntityKind kind, string alias);
}
