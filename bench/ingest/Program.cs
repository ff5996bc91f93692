// Skeleton: the benchmark is being written (issue #7).
namespace ScoGraphQL.Bench.Ingest;

internal static class Program
{
    private static int Main()
    {
        Console.Error.WriteLine("bench/ingest is not written yet");
        return 2;
    }
}
