namespace ScoGraphQL.Extraction.Model;

/// <summary>An occurrence of an entity: <c>Paragraphs[Paragraph][Start..End]</c> is <see cref="Text"/>.</summary>
public sealed record ExtractedMention(string EntityKey, int Paragraph, int Start, int End, string Text);
