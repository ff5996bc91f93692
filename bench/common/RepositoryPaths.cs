namespace ScoGraphQL.Bench.Common;

/// <summary>Where the repository and its build outputs are, found by walking up from the running binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// Names a published server to run instead of the build output (bench/run publishes it ReadyToRun, as the Dockerfile
    /// deploys it, so start-up is measured on what is deployed).
    /// </summary>
    public const string PublishedApiVariable = "SCOGRAPHQL_BENCH_API";

    /// <summary>The server <see cref="PublishedApiVariable"/> names, else the API's own build output (bench/run builds it in Release first).</summary>
    public static string ApiDll(string configuration)
    {
        if (Environment.GetEnvironmentVariable(PublishedApiVariable) is { Length: > 0 } published)
        {
            return File.Exists(published)
                ? Path.GetFullPath(published)
                : throw new FileNotFoundException($"{PublishedApiVariable} names '{published}', which does not exist", published);
        }
        var dll = Path.Combine(Root, "src", "ScoGraphQL.Api", "bin", configuration, "net10.0", "ScoGraphQL.Api.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"Build the API first: dotnet build -c {configuration} src/ScoGraphQL.Api", dll);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoGraphQL.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No ScoGraphQL.sln above {AppContext.BaseDirectory}");
    }
}
