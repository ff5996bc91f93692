using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScoGraphQL.Bench.Corpus.Gold;

/// <summary>
/// Writes the gold file as a JSON array with one release per line: valid JSON that stays diffable and can be
/// streamed for 100,000 releases. Non-ASCII text is written as is, like seeds.json (ensure_ascii=False).
/// </summary>
public static class GoldJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Line(GoldRelease release) => JsonSerializer.Serialize(release, Options);

    public static IReadOnlyList<GoldRelease> Read(string json) =>
        JsonSerializer.Deserialize<List<GoldRelease>>(json, Options) ?? throw new InvalidDataException("The gold file is not a JSON array of releases.");
}
