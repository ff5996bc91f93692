namespace ScoGraphQL.Extraction.Parsing;

/// <summary>Where a boilerplate pattern may strike: some lines are site furniture anywhere, some only at the end.</summary>
internal enum BoilerplateScope
{
    /// <summary>A whole line, wherever it stands.</summary>
    AnyLine,

    /// <summary>The last paragraph of the body only (a caption could be a real sentence elsewhere).</summary>
    TrailingParagraph,
}
