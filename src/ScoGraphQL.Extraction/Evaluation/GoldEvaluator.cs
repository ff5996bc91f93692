using System.Text.Json;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Evaluation;

/// <summary>
/// Scores extraction results against a gold file (the format of shared/gold/seeds.json): per kind, one-to-one
/// matches by canonical name or any alias, acronym or surface form, folded (<see cref="EntityKeys.Fold"/>:
/// diacritics, case, punctuation). Events match by start date and place; roles are scored for recall only.
/// Pure: the caller reads the files.
/// </summary>
public static class GoldEvaluator
{
    public static readonly string[] KindNames = ["persons", "organizations", "countries", "places", "events", "documents", "topics", "roles"];

    public static EvaluationReport Evaluate(string goldJson, IReadOnlyDictionary<string, ExtractionResult> resultsByDocument)
    {
        ArgumentNullException.ThrowIfNull(goldJson);
        ArgumentNullException.ThrowIfNull(resultsByDocument);
        var tallies = KindNames.ToDictionary(k => k, _ => new Tally());
        using var gold = JsonDocument.Parse(goldJson);
        foreach (var file in gold.RootElement.EnumerateArray())
        {
            var name = file.GetProperty("doc").GetString()!;
            if (!resultsByDocument.TryGetValue(name, out var result)) result = ExtractionResult.Empty;
            ScoreFile(file, result, tallies, name);
        }
        return new EvaluationReport(KindNames.Select(k => tallies[k].ToScore(k)).ToList());
    }

    private sealed class Tally
    {
        public int Gold, Predicted, Matched;
        public List<string> Missed { get; } = [];
        public List<string> Spurious { get; } = [];

        public KindScore ToScore(string kind) => new(kind, Gold, Predicted, Matched, Missed, Spurious);
    }

    private sealed record Item(string Label, HashSet<string> Forms, string Primary);

    private static void ScoreFile(JsonElement file, ExtractionResult result, Dictionary<string, Tally> tallies, string doc)
    {
        var byKind = result.Entities.ToLookup(e => e.Kind);
        var personMatches = Match(tallies["persons"], doc,
            Items(file, "persons", e => Forms(e, "name", "aliases")),
            byKind[EntityKind.Person].Select(ToItem).ToList());
        Match(tallies["organizations"], doc, Items(file, "organizations", e => Forms(e, "name", "acronyms", "aliases")), byKind[EntityKind.Organization].Select(ToItem).ToList());
        Match(tallies["countries"], doc, Items(file, "countries", e => Forms(e, "name", "surfaceForms")), byKind[EntityKind.Country].Select(ToItem).ToList());
        Match(tallies["places"], doc, Items(file, "places", e => Forms(e, "name")), byKind[EntityKind.Place].Select(ToItem).ToList());
        Match(tallies["documents"], doc, Items(file, "documents", e => Forms(e, "title")), byKind[EntityKind.Document].Select(ToItem).ToList());

        var topics = file.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!).Select(t => new Item(t, [EntityKeys.Fold(t)], EntityKeys.Fold(t))).ToList();
        Match(tallies["topics"], doc, topics, byKind[EntityKind.Topic].Select(ToItem).ToList());

        var placeNames = result.Entities.Where(e => e.Kind == EntityKind.Place).ToDictionary(e => e.Key, e => e.Name);
        var goldEvents = file.GetProperty("events").EnumerateArray().Select(e =>
        {
            var key = EventKey(e.GetProperty("startDate").GetString(), e.GetProperty("place").GetString());
            return new Item(e.GetProperty("name").GetString() + " @" + key, [key], key);
        }).ToList();
        var predictedEvents = byKind[EntityKind.Event].Select(e =>
        {
            var key = EventKey(e.StartDate?.ToString(), e.PlaceKey is { } p && placeNames.TryGetValue(p, out var n) ? n : null);
            return new Item(e.Name + " @" + key, [key], key);
        }).ToList();
        Match(tallies["events"], doc, goldEvents, predictedEvents);

        // Roles: recall of each gold title on the person it was matched to.
        var roles = tallies["roles"];
        var goldPersons = file.GetProperty("persons").EnumerateArray().ToList();
        foreach (var person in goldPersons)
        {
            var personName = person.GetProperty("name").GetString()!;
            personMatches.TryGetValue(personName, out var predictedKey);
            foreach (var role in person.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!))
            {
                roles.Gold++;
                var hit = predictedKey is not null && result.Roles.Any(r => r.PersonKey == predictedKey && EntityKeys.Fold(r.Title) == EntityKeys.Fold(role));
                if (hit) roles.Matched++;
                else roles.Missed.Add($"{doc}: {personName} — {role}");
            }
        }
        roles.Predicted = roles.Matched;
    }

    private static string EventKey(string? date, string? place) => $"{date ?? "-"}|{(place is null ? "-" : EntityKeys.Fold(place))}";

    private static Item ToItem(ExtractedEntity e)
    {
        var forms = new HashSet<string>(e.Aliases.Concat(e.Acronyms).Prepend(e.Name).Select(EntityKeys.Fold), StringComparer.Ordinal);
        return new Item(e.Name, forms, e.Key);
    }

    private static List<Item> Items(JsonElement file, string property, Func<JsonElement, HashSet<string>> forms) =>
        file.GetProperty(property).EnumerateArray().Select(e =>
        {
            var f = forms(e);
            var label = e.TryGetProperty("name", out var n) ? n.GetString()! : e.GetProperty("title").GetString()!;
            return new Item(label, f, label);
        }).ToList();

    private static HashSet<string> Forms(JsonElement element, params string[] properties)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!element.TryGetProperty(property, out var value)) continue;
            if (value.ValueKind == JsonValueKind.String) forms.Add(EntityKeys.Fold(value.GetString()!));
            else if (value.ValueKind == JsonValueKind.Array)
                foreach (var v in value.EnumerateArray()) forms.Add(EntityKeys.Fold(v.GetString()!));
        }
        forms.Remove(string.Empty);
        return forms;
    }

    /// <summary>One-to-one: names equal first, then any shared form. Returns gold label → predicted key.</summary>
    private static Dictionary<string, string> Match(Tally tally, string doc, List<Item> gold, List<Item> predicted)
    {
        tally.Gold += gold.Count;
        tally.Predicted += predicted.Count;
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var freeGold = gold.ToList();
        var freePredicted = predicted.ToList();
        foreach (var strict in new[] { true, false })
        {
            foreach (var g in freeGold.ToList())
            {
                var p = freePredicted.FirstOrDefault(p => strict
                    ? p.Forms.Contains(EntityKeys.Fold(g.Label)) && g.Forms.Contains(EntityKeys.Fold(p.Label))
                    : p.Forms.Overlaps(g.Forms));
                if (p is null) continue;
                tally.Matched++;
                pairs.TryAdd(g.Label, p.Primary);
                freeGold.Remove(g);
                freePredicted.Remove(p);
            }
        }
        tally.Missed.AddRange(freeGold.Select(g => $"{doc}: {g.Label}"));
        tally.Spurious.AddRange(freePredicted.Select(p => $"{doc}: {p.Label}"));
        return pairs;
    }
}
