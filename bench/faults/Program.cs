// Skeleton: the benchmark is being written (issue #7).
namespace ScoGraphQL.Bench.Faults;

internal static class Program
{
    private static int Main()
    {
        Console.Error.WriteLine("bench/faults is not written yet");
        return 2;
    }
}
