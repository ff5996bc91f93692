namespace ScoGraphQL.Bench.Faults;

/// <summary>
/// <c>dotnet run -c Release --project bench/faults -- [--kills 20] [--requests 100000] [--seed S] [--out FILE]</c>:
/// prints the markdown summary (progress goes to stderr); exit code 1 when an invariant broke, 2 for bad arguments.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        FaultsOptions options;
        try
        {
            options = FaultsOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}\nusage: bench/faults [--kills 20] [--requests 100000] [--seed S] [--configuration Release] [--out FILE] [--show-request N]");
            return 2;
        }
        if (options.ShowRequest is { } index)
        {
            var saved = Fuzzing.RequestGenerator.Create(options.Seed, index).SaveTo(options.OutputFolder ?? Directory.GetCurrentDirectory(), "shown on request");
            Console.WriteLine(await File.ReadAllTextAsync(saved));
            return 0;
        }
        var report = await FaultsBenchmark.RunAsync(options, Console.Error);
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (options.ReportFile is { } file) await File.WriteAllTextAsync(file, markdown);
        return report.Passed ? 0 : 1;
    }
}
