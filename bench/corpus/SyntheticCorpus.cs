using System.Diagnostics;
using System.Text;
using ScoGraphQL.Bench.Corpus.Composition;
using ScoGraphQL.Bench.Corpus.Gold;

namespace ScoGraphQL.Bench.Corpus;

/// <summary>What one run wrote.</summary>
public sealed record CorpusSummary(string Directory, string GoldFile, int Releases, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Writes a synthetic corpus of SCO press releases in the seeds' file format, with a gold file (gold.json, the
/// format of ../shared/gold/seeds.json) of what each release contains. The same seed gives byte-identical files.
/// </summary>
public static class SyntheticCorpus
{
    public const string GoldFileName = "gold.json";

    private const int Batch = 2048;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusSummary Write(string directory, int count, int seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var watch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(directory);
        var world = new World(seed);
        var goldPath = Path.Combine(directory, GoldFileName);
        long bytes = 0;

        using (var gold = new StreamWriter(goldPath, append: false, Utf8))
        {
            gold.NewLine = "\n";
            gold.Write('[');
            var lines = new string[Batch];
            for (var start = 0; start < count; start += Batch)
            {
                var size = Math.Min(Batch, count - start);
                var written = new long[size];
                // Each release draws from its own dice, so the order threads run in cannot change a byte.
                Parallel.For(0, size, i =>
                {
                    var release = ReleaseComposer.Compose(world, seed, start + i);
                    var content = Utf8.GetBytes(release.Text);
                    File.WriteAllBytes(Path.Combine(directory, release.FileName), content);
                    written[i] = content.Length;
                    lines[i] = GoldJson.Line(release.Gold);
                });
                for (var i = 0; i < size; i++)
                {
                    gold.Write(start + i == 0 ? "\n" : ",\n");
                    gold.Write(lines[i]);
                    bytes += written[i];
                }
            }
            gold.Write("\n]\n");
        }

        return new CorpusSummary(directory, goldPath, count, bytes + new FileInfo(goldPath).Length, watch.Elapsed);
    }
}
