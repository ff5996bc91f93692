namespace ScoGraphQL.Bench.Load;

/// <summary>
/// dotnet run -c Release --project bench/load -- [--sizes 1000,10000,100000] [--duration 10] [--out FILE] …
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
        var report = await LoadBenchmark.RunAsync(options, Console.Error);
        Console.WriteLine(report.Markdown);
        return 0;
    }
}
