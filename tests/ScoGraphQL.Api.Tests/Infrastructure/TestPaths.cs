namespace ScoGraphQL.Api.Tests.Infrastructure;

public static class TestPaths
{
    /// <summary>The repository root: the folder holding ScoGraphQL.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraphQL.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ScoGraphQL.sln not found above " + AppContext.BaseDirectory);
    }
}
