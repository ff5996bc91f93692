namespace ScoGraphQL.Api.Diagnostics;

/// <summary>
/// Counts storage calls made on behalf of one request (it flows with the async context into every resolver),
/// so a response can prove that batching keeps calls independent of the number of items.
/// </summary>
public sealed class StorageCalls
{
    private static readonly AsyncLocal<StorageCalls?> CurrentScope = new();
    private int _count;

    public static StorageCalls? Current => CurrentScope.Value;

    public int Count => Volatile.Read(ref _count);

    public static StorageCalls Begin() => CurrentScope.Value = new StorageCalls();

    public static void Record()
    {
        if (CurrentScope.Value is { } scope) Interlocked.Increment(ref scope._count);
    }
}
