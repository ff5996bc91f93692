namespace ScoGraphQL.Extraction.Model;

public static class WarningCodes
{
    public const string BoilerplateRemoved = "BOILERPLATE_REMOVED";
    public const string OddCharacter = "ODD_CHARACTER";
    public const string DateInconsistent = "DATE_INCONSISTENT";
    public const string Misspelling = "MISSPELLING";
    public const string LayoutArtefact = "LAYOUT_ARTEFACT";
    public const string EmptyBody = "EMPTY_BODY";
}
