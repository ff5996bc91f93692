namespace ScoGraphQL.Extraction.Model;

public enum EventFormat
{
    Unknown,
    InPerson,
    Online,
    Videoconference,
    Hybrid,
}
