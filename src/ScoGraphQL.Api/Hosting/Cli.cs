using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Seeding;

namespace ScoGraphQL.Api.Hosting;

/// <summary>
/// Verbs that use the server's configuration and services without serving HTTP:
/// <c>export-schema [--output FILE]</c> and <c>seed [--from DIR] [--reset]</c>.
/// </summary>
public static class Cli
{
    public static readonly string[] Verbs = ["export-schema", "seed", "help", "--help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>Strips the CLI's own options so the host's configuration parser does not see them.</summary>
    public static string[] HostArguments(string[] args) =>
        IsCommand(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && !a.StartsWith("--output", StringComparison.Ordinal) && !a.StartsWith("--from", StringComparison.Ordinal)).ToArray() : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return args[0] switch
            {
                "export-schema" => await ExportSchemaAsync(app, Option(args, "--output") ?? DefaultSchemaPath()),
                "seed" => await SeedAsync(app, Option(args, "--from"), args.Contains("--reset")),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            Usage();
            return 2;
        }
    }

    public static string PrintSchema(ISchema schema) => schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static async Task<int> ExportSchemaAsync(WebApplication app, string output)
    {
        var sdl = PrintSchema(app.Services.GetRequiredService<ISchema>());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, sdl);
        Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
        return 0;
    }

    private static async Task<int> SeedAsync(WebApplication app, string? from, bool reset)
    {
        var directory = from ?? app.Services.GetRequiredService<IOptions<SeedOptions>>().Value.Path;
        if (!Directory.Exists(directory)) throw new ArgumentException($"the folder '{directory}' does not exist");
        if (reset)
        {
            var path = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Path;
            if (File.Exists(path)) File.Delete(path);
            Console.WriteLine($"Removed {Path.GetFullPath(path)}");
        }
        // Brings the search index level with the store first (cheap when it already is), so that every write of the
        // load carries the store's version into the index and the next server start can trust it without a full check.
        if (app.Services.GetService<IndexingCorpusStore>() is { } indexing) await indexing.SynchronizeIndexAsync();
        var loader = app.Services.GetRequiredService<SeedLoader>();
        var progress = new Progress<SeedProgress>(p => Console.WriteLine($"[{p.Done}/{p.Total}] {p.CurrentFile}"));
        var report = await loader.LoadDirectoryAsync(directory, progress);
        Console.WriteLine(report);
        foreach (var failure in report.Failed) Console.WriteLine($"  skipped {failure.File}: {failure.Reason}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == name) return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }

    /// <summary>schema/schema.graphql at the repository root (found by ScoGraphQL.sln), else in the working directory.</summary>
    private static string DefaultSchemaPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraphQL.sln"))) return Path.Combine(dir.FullName, "schema", "schema.graphql");
        }
        return Path.Combine("schema", "schema.graphql");
    }

    private static int Usage()
    {
        Console.WriteLine("""
            Usage: ScoGraphQL.Api [command]
              (no command)                  run the server
              export-schema [--output FILE] write the served schema as SDL (default: schema/schema.graphql)
              seed [--from DIR] [--reset]   load a folder of .txt releases (default: Seed:Path); --reset starts a new database
            """);
        return 0;
    }
}
