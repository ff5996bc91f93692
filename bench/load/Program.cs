// Skeleton: the benchmark is being written (issue #7).
namespace ScoGraphQL.Bench.Load;

internal static class Program
{
    private static int Main()
    {
        Console.Error.WriteLine("bench/load is not written yet");
        return 2;
    }
}
