namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>A recognised stretch of one paragraph, by token range [StartToken, EndToken).</summary>
internal sealed record Claim(ClaimKind Kind, int StartToken, int EndToken, EntityDraft? Entity);
