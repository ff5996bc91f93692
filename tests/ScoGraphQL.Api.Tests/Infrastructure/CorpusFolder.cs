using System.Text;

namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>A temp folder of release files made from the seeds, for tests that need their own corpus.</summary>
public static class CorpusFolder
{
    public static TempFolder CopyOfSeeds()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt")) File.Copy(file, folder.File(Path.GetFileName(file)));
        return folder;
    }

    /// <summary><paramref name="count"/> distinct releases: the seeds again and again, each copy with its own headline and last line.</summary>
    public static TempFolder Variations(int count)
    {
        var folder = new TempFolder();
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
        {
            var text = seeds[i % seeds.Count];
            var newline = text.IndexOf('\n');
            var varied = $"Copy {i}: {text[..newline].Trim()}\n{text[newline..]}\n\nThis is copy number {i} of the release.\n";
            File.WriteAllText(folder.File($"copy_{i:D4}.txt"), varied, new UTF8Encoding(false));
        }
        return folder;
    }
}
