using System.Globalization;
using ScoGraphQL.Api.Tests.Infrastructure;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Tests.Search;

/// <summary>
/// The start-up checksum check reads the whole index; the searcher reads it through memory maps, and what a check read
/// through them stayed resident in the server (the whole index, about 50 MB at 100,000 releases). These tests read the
/// server's own memory map (/proc/self/smaps), so they hold on Linux, where the server runs.
/// </summary>
public sealed class ChecksumResidencyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => _folder.File("sco.db.search");

    /// <summary>Releases of words that do not repeat, so the stored bodies do not compress away: an index of some MB.</summary>
    private static List<ReleaseRecord> Releases(int count)
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, random.Next(3, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray());
        return Enumerable.Range(0, count).Select(i =>
        {
            var body = string.Join(' ', Enumerable.Range(0, 600).Select(_ => Word()));
            return new ReleaseRecord
            {
                Id = $"r{i.ToString("0000", CultureInfo.InvariantCulture)}",
                Title = $"Release {i}",
                Body = body,
                Paragraphs = [body],
                Checksum = $"c{i}",
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
        }).ToList();
    }

    /// <summary>Resident kilobytes of this process's mappings of files in <paramref name="folder"/>.</summary>
    private static long ResidentKilobytesOf(string folder)
    {
        long total = 0;
        var inFolder = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
                inFolder = fields.Length >= 6 && fields[5].StartsWith(folder + "/", StringComparison.Ordinal);
            else if (inFolder && fields is ["Rss:", var kilobytes, ..]) total += long.Parse(kilobytes, CultureInfo.InvariantCulture);
        }
        return total;
    }

    [Fact]
    public void Checking_a_committed_index_leaves_its_files_out_of_resident_memory()
    {
        using (var writing = new LuceneSearchIndex(IndexPath))
        {
            writing.Upsert(Releases(400));
        } // committed on dispose
        var indexKilobytes = new DirectoryInfo(IndexPath).EnumerateFiles().Sum(f => f.Length) / 1024;
        Assert.True(indexKilobytes > 1024, $"the index is {indexKilobytes} KB; the test needs one of some MB to tell");

        using var index = new LuceneSearchIndex(IndexPath);
        Assert.True(index.VerifyChecksums());

        // Reading every file through the maps made all of it resident; the searcher's own opening reads a few small parts.
        var resident = ResidentKilobytesOf(Path.GetFullPath(IndexPath));
        Assert.True(resident < indexKilobytes / 4, $"{resident} KB of the {indexKilobytes} KB index resident after the check");
        Assert.Equal(400, index.DocumentCount);
    }

    [Fact]
    public void Writes_not_yet_committed_are_checked_too_and_pass()
    {
        using var index = new LuceneSearchIndex(IndexPath);
        index.Upsert(Releases(20));
        // The searcher is ahead of the last commit: the check runs over what it sees, and finds it sound.
        Assert.True(index.VerifyChecksums());
        Assert.Equal(20, index.DocumentCount);
    }

    public void Dispose() => _folder.Dispose();
}
