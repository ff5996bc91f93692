namespace ScoGraphQL.Storage.Records;

public sealed class WarningRecord
{
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    public int? Paragraph { get; set; }
    public string? Text { get; set; }
}
