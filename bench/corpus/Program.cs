using System.Globalization;

namespace ScoGraphQL.Bench.Corpus;

/// <summary>dotnet run -c Release --project bench/corpus -- --out DIR --count N [--seed S]</summary>
internal static class Program
{
    private const string Usage = "usage: dotnet run -c Release --project bench/corpus -- --out DIR --count N [--seed S]";

    private static int Main(string[] args)
    {
        string? directory = null;
        int? count = null;
        var seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null: directory = value; i++; break;
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n): count = n; i++; break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s): seed = s; i++; break;
                case "--help" or "-h": Console.WriteLine(Usage); return 0;
                default:
                    Console.Error.WriteLine($"unexpected or invalid argument '{args[i]}'{(value is null ? "" : $" '{value}'")}\n{Usage}");
                    return 2;
            }
        }
        if (directory is null || count is null)
        {
            Console.Error.WriteLine($"--out and --count are required\n{Usage}");
            return 2;
        }

        var summary = SyntheticCorpus.Write(directory, count.Value, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Releases} releases (seed {seed}) and {SyntheticCorpus.GoldFileName} in {summary.Directory}: {summary.Bytes / 1024.0 / 1024.0:0.0} MiB in {summary.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
