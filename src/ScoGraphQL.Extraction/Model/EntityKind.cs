namespace ScoGraphQL.Extraction.Model;

public enum EntityKind
{
    Person,
    Organization,
    Country,
    Place,
    Event,
    Document,
    Topic,
}
