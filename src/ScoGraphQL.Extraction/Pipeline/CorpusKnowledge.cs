using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// An in-memory <see cref="IKnownEntities"/> the caller fills with each release's result, so later releases resolve
/// against earlier ones. Not thread-safe: feed it from one thread (seeding is sequential).
/// </summary>
public sealed class CorpusKnowledge : IKnownEntities
{
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _bySurname = new(StringComparer.Ordinal);

    public void Add(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var entity in result.Entities)
        {
            foreach (var form in entity.Aliases.Concat(entity.Acronyms).Prepend(entity.Name))
                _byAlias.TryAdd(AliasKey(entity.Kind, form), entity.Name);
            if (entity.Kind != EntityKind.Person) continue;
            var parts = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            var surname = EntityKeys.Fold(parts[^1]);
            if (!_bySurname.TryGetValue(surname, out var names)) _bySurname[surname] = names = new Dictionary<string, string>(StringComparer.Ordinal);
            // Keyed by folded name: "Miroslav Jenča" and "Miroslav Jenca" are one person, not two candidates.
            names.TryAdd(EntityKeys.Fold(entity.Name), entity.Name);
        }
    }

    public string? PersonBySurname(string surname) =>
        _bySurname.TryGetValue(EntityKeys.Fold(surname), out var names) && names.Count == 1 ? names.Values.First() : null;

    public string? CanonicalName(EntityKind kind, string alias) => _byAlias.GetValueOrDefault(AliasKey(kind, alias));

    private static string AliasKey(EntityKind kind, string form) => EntityKeys.For(kind, form);
}
