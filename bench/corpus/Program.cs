// Skeleton: the benchmark is being written (issue #7).
namespace ScoGraphQL.Bench.Corpus;

internal static class Program
{
    private static int Main()
    {
        Console.Error.WriteLine("bench/corpus is not written yet");
        return 2;
    }
}
