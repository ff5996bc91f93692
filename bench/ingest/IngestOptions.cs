using System.Globalization;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>
/// What to seed: <paramref name="Releases"/> generated releases (with <paramref name="Seed"/>), or the .txt files of
/// <paramref name="CorpusDirectory"/> when given. <paramref name="WorkDirectory"/> receives the database and the
/// search index (a fresh temporary folder when null, deleted afterwards unless <paramref name="KeepFiles"/>).
/// </summary>
public sealed record IngestOptions(int Releases, string? CorpusDirectory = null, int Seed = 1, string? WorkDirectory = null, bool KeepFiles = false)
{
    public const string Usage = "usage: dotnet run -c Release --project bench/ingest -- --releases N [--corpus DIR] [--seed S] [--work DIR] [--keep]";

    /// <exception cref="ArgumentException">An unknown option, a missing or malformed value; the message says which.</exception>
    public static IngestOptions Parse(IReadOnlyList<string> args)
    {
        int? releases = null;
        string? corpus = null, work = null;
        var seed = 1;
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--releases": releases = PositiveInt("--releases", Value()); break;
                case "--corpus": corpus = Value(); break;
                case "--seed": seed = Int("--seed", Value()); break;
                case "--work": work = Value(); break;
                case "--keep": keep = true; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (corpus is not null && !Directory.Exists(corpus)) throw new ArgumentException($"--corpus: the folder '{corpus}' does not exist");
        if (releases is null && corpus is null) throw new ArgumentException("--releases N is required (or --corpus DIR)");
        return new IngestOptions(releases ?? 0, corpus, seed, work, keep);
    }

    private static int PositiveInt(string option, string text) =>
        Int(option, text) is var value and > 0 ? value : throw new ArgumentException($"{option} must be a positive whole number, not '{text}'");

    private static int Int(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option} must be a whole number, not '{text}'");
}
