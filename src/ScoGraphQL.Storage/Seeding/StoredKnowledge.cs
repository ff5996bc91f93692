using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Pipeline;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Storage.Seeding;

/// <summary>
/// Corpus knowledge for resolution ("Mr Norov" in a new release is the stored Vladimir Norov), filled from the
/// entities already stored and then from each release extracted in this run.
/// </summary>
public static class StoredKnowledge
{
    public static async Task<CorpusKnowledge> LoadAsync(ICorpusStore store, CancellationToken cancellationToken)
    {
        var knowledge = new CorpusKnowledge();
        var entities = await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(First: int.MaxValue), cancellationToken);
        knowledge.Add(new ExtractionResult
        {
            Entities = entities.Items
                .Select(e => new ExtractedEntity(e.Id, e.Kind, e.Name) { Aliases = e.Aliases, Acronyms = e.Acronyms })
                .ToList(),
        });
        return knowledge;
    }
}
