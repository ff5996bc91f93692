namespace ScoGraphQL.Extraction.Model;

public enum DocumentKind
{
    Declaration,
    Statement,
    Decision,
    Plan,
    Memorandum,
    Resolution,
    Report,
    Concept,
    Strategy,
    Agreement,
    Charter,
    Agenda,
    Other,
}
