using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>
/// Every mention is of an entity the release names: the LiteDB store finds an entity's mentions among the releases
/// naming it, and would miss a mention of anything else.
/// </summary>
public sealed class MentionEntityTests
{
    [Fact]
    public void Every_mention_is_of_an_entity_the_release_names()
    {
        var parser = new ReleaseParser();
        var extractor = new EntityExtractor();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            var result = extractor.Extract(parser.Parse(File.ReadAllText(file)));
            var named = result.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            Assert.All(result.Mentions, m => Assert.Contains(m.EntityKey, named));
        }
    }

    [Fact]
    public void Mentions_in_an_invented_release_are_of_its_entities()
    {
        var result = Extract.From("Mr Dalgat Osmonov, Deputy Minister of Trade of the Republic of Tajikistan, met the delegation in Dushanbe. "
            + "Osmonov said the talks in Dushanbe went well.");
        var named = result.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(result.Mentions);
        Assert.All(result.Mentions, m => Assert.Contains(m.EntityKey, named));
    }
}
