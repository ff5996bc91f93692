namespace ScoGraphQL.Storage.Querying;

/// <summary>One page of an ordered result: <see cref="Items"/> start at position <see cref="Offset"/>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Offset, TotalCount);
}
