namespace ScoGraphQL.Storage.Querying;

public sealed record SortField(string Field, bool Descending);
