using System.Diagnostics;
using System.Globalization;
using ScoGraphQL.Extraction.Evaluation;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;

// Usage: dotnet run -c Release --project bench/extraction -- [goldFile] [releaseDir] [--details]
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var details = args.Contains("--details");
var goldFile = positional.ElementAtOrDefault(0) ?? Path.Combine("tests", "ScoGraphQL.Extraction.Tests", "Gold", "seeds.json");
var releaseDir = positional.ElementAtOrDefault(1) ?? "seeds";

var goldJson = File.ReadAllText(goldFile);
var names = System.Text.Json.JsonDocument.Parse(goldJson).RootElement.EnumerateArray().Select(e => e.GetProperty("doc").GetString()!).ToList();
var parser = new ReleaseParser();
var releases = names.ToDictionary(n => n, n => parser.Parse(File.ReadAllText(Path.Combine(releaseDir, n))));
var extractor = new EntityExtractor();

var cold = Stopwatch.StartNew();
var results = releases.ToDictionary(r => r.Key, r => extractor.Extract(r.Value));
cold.Stop();

var report = GoldEvaluator.Evaluate(goldJson, results);
Console.WriteLine($"Gold: {goldFile} ({names.Count} releases)");
Console.WriteLine(report.ToTable());
if (details)
{
    foreach (var kind in report.Kinds)
    {
        foreach (var m in kind.Missed) Console.WriteLine($"  MISSED   {kind.Kind,-13} {m}");
        foreach (var s in kind.Spurious) Console.WriteLine($"  SPURIOUS {kind.Kind,-13} {s}");
    }
    foreach (var (name, result) in results)
        foreach (var w in result.Warnings) Console.WriteLine($"  WARNING  {name}: {w.Code} p{w.Paragraph} '{w.Text}' {w.Message}");
}

if (args.Contains("--dump"))
{
    foreach (var (name, result) in results)
    {
        Console.WriteLine($"== {name} eventDate={result.EventDate}");
        foreach (var e in result.Entities)
            Console.WriteLine($"  {e.Kind,-12} {e.Name} | aliases: {string.Join("; ", e.Aliases)} | acr: {string.Join("; ", e.Acronyms)} | parent={e.ParentKey} iso={e.IsoCode} country={e.CountryKey} start={e.StartDate} end={e.EndDate} place={e.PlaceKey} fmt={e.Format} primary={e.IsPrimary} kind={e.DocumentKind} no={e.Number} date={e.Date} adopted={e.AdoptedAtKey} parts={e.ParticipantKeys.Count} docs={e.DocumentKeys.Count}");
        foreach (var r in result.Roles) Console.WriteLine($"  ROLE {r.PersonKey}: {r.Title} org={r.OrganizationKey} country={r.CountryKey}");
    }
}

// Throughput on one core: extraction only (parsing excluded), after the knowledge base is loaded.
var parsed = releases.Values.ToArray();
var count = 0;
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var warm = Stopwatch.StartNew();
while (warm.Elapsed < TimeSpan.FromSeconds(3))
{
    foreach (var release in parsed) extractor.Extract(release);
    count += parsed.Length;
}
warm.Stop();
// On a shared machine wall time counts the waits for a core; processor time counts only the work.
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"First pass over {names.Count} releases (incl. knowledge load): {cold.ElapsedMilliseconds} ms; throughput: {count / warm.Elapsed.TotalSeconds:0} releases/s wall clock, {count / cpu.TotalSeconds:0} releases per CPU-second ({count} releases)"));
