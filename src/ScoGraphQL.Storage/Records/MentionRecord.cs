namespace ScoGraphQL.Storage.Records;

/// <summary>An occurrence: <c>release.Paragraphs[Paragraph][Start..End]</c>.</summary>
public sealed class MentionRecord
{
    public int Id { get; set; }
    public string ReleaseId { get; set; } = "";
    public string EntityId { get; set; } = "";
    public int Paragraph { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = "";
}
