namespace ScoGraphQL.Bench.Load;

/// <summary>
/// dotnet run -c Release --project bench/load -- [--sizes 1000,10000,100000] [--duration 10] [--out FILE]
///   [--provider litedb|postgres] [--postgres CONNECTION_STRING] [--replicas N] …
/// (build the API first: dotnet build -c Release src/ScoGraphQL.Api). Prints the markdown tables.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}\n{LoadOptions.Usage}");
            return 2;
        }
        // Ctrl+C cancels the run instead of killing it, so the servers it started (API processes, a throwaway
        // PostgreSQL cluster, redis-server) are stopped on the way out rather than left running.
        using var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };
        try
        {
            var report = await LoadBenchmark.RunAsync(options, Console.Error, interrupted.Token);
            Console.WriteLine(report.Markdown);
            return 0;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("interrupted: the servers this run started are stopped");
            return 130;
        }
    }
}
