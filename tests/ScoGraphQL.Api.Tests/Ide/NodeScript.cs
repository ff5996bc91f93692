using System.Diagnostics;
using System.Text;

namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>Runs a script from tests/e2e with node and collects what it printed.</summary>
internal static class NodeScript
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string script,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var node = E2EEnvironment.NodePath
            ?? throw new InvalidOperationException(E2EEnvironment.MissingTools(needsBrowser: false));
        await EnsurePackagesAsync();

        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = E2EEnvironment.ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return await RunProcessAsync(start, timeout);
    }

    /// <summary>
    /// tests/e2e/node_modules comes from `npm ci` (install.sh in CI); a developer
    /// who has node but never ran it gets it here instead of a confusing import error.
    /// </summary>
    private static async Task EnsurePackagesAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var directory = E2EEnvironment.ScriptsDirectory;
            if (Directory.Exists(Path.Combine(directory, "node_modules", "playwright-core"))
                && Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")))
            {
                return;
            }

            var npm = E2EEnvironment.NpmPath
                ?? throw new InvalidOperationException("tests/e2e/node_modules is missing and npm is not on PATH; run tests/e2e/install.sh");
            var start = new ProcessStartInfo(npm)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            var (exitCode, output) = await RunProcessAsync(start, TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {directory} failed ({exitCode}):\n{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        // Both streams into one log, in arrival order, as a person would see them.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // Chromium runs as a child of node: end the whole tree this test started.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output)
            {
                output.AppendLine($"(killed after {timeout.TotalSeconds:0} s)");
            }

            return (-1, output.ToString());
        }

        // The parameterless wait also drains the redirected streams.
        await process.WaitForExitAsync();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
