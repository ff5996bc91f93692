namespace ScoGraphQL.Extraction.Model;

/// <summary>A country's standing in the SCO on a given date.</summary>
public enum ScoStatus
{
    None,
    DialoguePartner,
    Observer,
    Member,
}
