using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Tests.Extraction;

public sealed class RobustnessTests
{
    [Fact]
    public void Cut_and_shuffled_seed_text_never_throws_and_mentions_stay_in_bounds()
    {
        var parser = new ReleaseParser();
        var extractor = new EntityExtractor();
        var random = new Random(20240704);
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(File.ReadAllText).ToList();
        for (var round = 0; round < 60; round++)
        {
            var source = texts[round % texts.Count];
            var start = random.Next(source.Length / 2);
            var length = random.Next(1, source.Length - start);
            var words = source.Substring(start, length).Split(' ');
            if (round % 3 == 0) random.Shuffle(words);
            var text = "Headline " + round + "\n\n" + string.Join(' ', words);
            var release = parser.Parse(text);
            var result = extractor.Extract(release);
            Assert.All(result.Mentions, m => Assert.Equal(m.Text, release.Paragraphs[m.Paragraph][m.Start..m.End]));
            Assert.All(result.Entities, e => Assert.Equal(EntityKeys.KindOf(e.Key), e.Kind));
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData("SCO")]
    [InlineData("On 31 February 2021 the meeting of the")]
    [InlineData("President of")]
    [InlineData("Mr")]
    [InlineData("1. Decision\n\n2. Statement")]
    [InlineData("(UN) (SCO (RATS")]
    public void Fragments_extract_without_throwing(string body)
    {
        var result = Extract.From(body);
        Assert.NotNull(result);
    }
}
