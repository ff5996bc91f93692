namespace ScoGraphQL.Extraction.Tests;

public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraphQL.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"ScoGraphQL.sln not found above {AppContext.BaseDirectory}.");
    }
}
