using System.Text.RegularExpressions;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Tests;

/// <summary>The benchmarks' servers run with the runtime environment the Dockerfile gives the deployed one.</summary>
public sealed partial class DeployedEnvironmentTests
{
    [Fact]
    public void The_benchmarks_give_the_server_the_runtime_variables_of_the_Dockerfile()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var deployed = RuntimeVariable().Matches(dockerfile).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.NotEmpty(deployed);
        Assert.Equal(deployed.OrderBy(p => p.Key), ApiVerb.DeployedEnvironment.OrderBy(p => p.Key));
    }

    [Fact]
    public void A_server_started_for_a_benchmark_gets_them_unless_the_caller_set_its_own()
    {
        var start = ApiVerb.StartInfo(TestBuild.Configuration, new Dictionary<string, string>());

        foreach (var (key, value) in ApiVerb.DeployedEnvironment)
        {
            Assert.Equal(Environment.GetEnvironmentVariable(key) ?? value, start.Environment[key]);
        }
    }

    [Fact]
    public void Dotnet_run_gives_the_server_the_runtime_variables_of_the_Dockerfile_too()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "ScoGraphQL.Api", "Properties", "launchSettings.json");
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));

        // Every profile `dotnet run` can pick: the README's run command is measured as deployed.
        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            var variables = profile.Value.GetProperty("environmentVariables");
            foreach (var (key, value) in ApiVerb.DeployedEnvironment)
                Assert.Equal(value, variables.TryGetProperty(key, out var set) ? set.GetString() : null);
        }
    }

    [GeneratedRegex(@"^ENV (DOTNET_\w+)=(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RuntimeVariable();
}
