namespace ScoGraphQL.Storage.Records;

public sealed class AlternateTitleRecord
{
    public string Text { get; set; } = "";
    public string Language { get; set; } = "";
}
