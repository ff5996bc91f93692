namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>
/// What the Node-driven end-to-end tests need on the machine, and where the
/// scripts live. Missing tools skip those tests on a developer's machine only:
/// with CI=true they fail, so a CI image without node or chromium cannot pass
/// by skipping.
/// </summary>
internal static class E2EEnvironment
{
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? NodePath { get; } = FindOnPath("node");

    public static string? NpmPath { get; } = FindOnPath("npm");

    /// <summary>tests/e2e, found by walking up from the test assembly to the repository root.</summary>
    public static string ScriptsDirectory { get; } = FindScriptsDirectory();

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public static string? MissingTools(bool needsBrowser)
    {
        var missing = new List<string>();
        if (NodePath is null)
        {
            missing.Add("node (not on PATH)");
        }

        if (needsBrowser && !File.Exists(ChromiumPath))
        {
            missing.Add($"chromium (no {ChromiumPath})");
        }

        return missing.Count == 0
            ? null
            : $"needs {string.Join(" and ", missing)}; run tests/e2e/install.sh (CI=true turns this skip into a failure)";
    }

    private static string? FindOnPath(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe", tool + ".cmd" } : [tool];
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    private static string FindScriptsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "e2e");
            if (File.Exists(Path.Combine(candidate, "ide.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/e2e/ide.mjs not found above {AppContext.BaseDirectory}");
    }
}
