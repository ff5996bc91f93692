namespace ScoGraphQL.Api.Entities;

public sealed record MergeEntitiesInput(string TargetId, IReadOnlyList<string> SourceIds);
