using System.Globalization;
using System.Text;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>Stand-in corpus until bench/corpus lands: N distinct releases made from the seeds, as bench/queries makes them.</summary>
internal static class SeedCopies
{
    public static void Write(string target, int count, int seed)
    {
        Directory.CreateDirectory(target);
        var seeds = Path.Combine(FindRoot(), "seeds");
        var texts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
        {
            var text = texts[(i + seed) % texts.Count];
            var newline = text.IndexOf('\n');
            var body = text[newline..].Replace("2020", (2010 + i % 12).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(target, $"r{i:D6}.txt"), $"Release {i}: {text[..newline].Trim()}\n{body}\n\nReference number {i}.\n", new UTF8Encoding(false));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraphQL.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScoGraphQL.sln not found");
    }
}
