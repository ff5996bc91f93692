using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Faults.Kills;

/// <summary>A folder of generated seed files, each registered in the ledger as a release that may or may not be stored.</summary>
public static class SeedFolder
{
    public static IReadOnlyList<TrackedRelease> Write(string folder, int files, Ledger ledger, Random random)
    {
        Directory.CreateDirectory(folder);
        var written = new List<TrackedRelease>();
        for (var i = 0; i < files; i++)
        {
            var word = ledger.NewWord();
            var name = $"seed-{Path.GetFileName(folder)}-{i:D4}";
            File.WriteAllText(Path.Combine(folder, name + ".txt"), ReleaseTexts.FileText(ReleaseTexts.Title(name), ReleaseTexts.Body(word, random)));
            written.Add(ledger.Expect(word, owner: random.Next(MutationStream.Clients)));
        }
        return written;
    }

    /// <summary>
    /// <c>ScoGraphQL.Api seed --from FOLDER</c> as its own process, SIGKILLed after <paramref name="killAfter"/>
    /// unless it ends first. True when it completed (exit code 0) before the kill.
    /// </summary>
    public static async Task<bool> RunSeedVerbAsync(string configuration, IReadOnlyDictionary<string, string> settings, string folder, TimeSpan killAfter)
    {
        using var process = ApiVerb.Start(configuration, settings, "seed", "--from", folder);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(killAfter);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return false;
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"seed --from {folder} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return true;
    }
}
