using Xunit.Abstractions;

namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>
/// The developer's front door, tested from outside: Banana Cake Pop in real
/// headless Chromium against the running API, and graphql-http's conformance
/// audit of the same endpoint. Both are Node scripts in tests/e2e (see its README).
/// </summary>
public sealed class BananaCakePopBrowserTests(ApiServerFixture server, ITestOutputHelper output)
    : IClassFixture<ApiServerFixture>
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    [E2EFact(needsBrowser: true)]
    public async Task Ide_runs_the_first_release_query_in_headless_chromium()
    {
        var baseAddress = await server.GetBaseAddressAsync();
        // Under the test output, so CI can keep it as an artifact.
        var screenshot = Path.Combine(AppContext.BaseDirectory, "e2e", "ide.png");

        var (exitCode, log) = await NodeScript.RunAsync(
            "ide.mjs",
            [new Uri(baseAddress, "/graphql").ToString(), screenshot],
            ScriptTimeout,
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = E2EEnvironment.ChromiumPath });

        output.WriteLine(log);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(exitCode == 0, $"ide.mjs exited with {exitCode}:\n{log}");
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
    }

    [E2EFact(needsBrowser: false)]
    public async Task Endpoint_passes_every_must_and_should_of_the_graphql_http_audit()
    {
        var baseAddress = await server.GetBaseAddressAsync();

        var (exitCode, log) = await NodeScript.RunAsync(
            "audit.mjs",
            [new Uri(baseAddress, "/graphql").ToString()],
            ScriptTimeout);

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"audit.mjs exited with {exitCode}:\n{log}");
    }

    [E2EFact(needsBrowser: false)]
    public async Task Served_schema_has_no_breaking_change_against_the_contract_by_graphql_js()
    {
        var baseAddress = await server.GetBaseAddressAsync();
        var contract = Path.Combine(Infrastructure.TestPaths.RepoRoot, "schema", "contract.graphql");

        // What is still being built; the list must only shrink (the script fails on anything else).
        var pending = Path.Combine(Infrastructure.TestPaths.RepoRoot, "tests", "e2e", "contract-pending.txt");

        var (exitCode, log) = await NodeScript.RunAsync("contract.mjs", [new Uri(baseAddress, "/graphql").ToString(), contract, pending], ScriptTimeout);

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"contract.mjs exited with {exitCode}:\n{log}");
    }
}
