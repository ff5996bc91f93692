using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Tests.Search;

public sealed class SnippetBuilderTests
{
    private static readonly SnippetBuilder Builder = new(SearchAnalysis.CreateAnalyzer(), SearchFields.Body, maxLength: 60);

    private static string Build(string text, params string[] terms) => Builder.Build(text, terms.ToHashSet());

    [Fact]
    public void Marks_every_form_of_an_analysed_term()
    {
        Assert.Equal("The <mark>Meetings</mark> and one <mark>meeting</mark>.", Build("The Meetings and one meeting.", "meet"));
    }

    [Fact]
    public void Escapes_html_outside_and_inside_the_marks()
    {
        var snippet = Build("Tom & Jerry <b>summit</b> > all", "summit");

        Assert.Equal("Tom &amp; Jerry &lt;b&gt;<mark>summit</mark>&lt;/b&gt; &gt; all", snippet);
    }

    [Fact]
    public void Shows_the_densest_passage_of_distinct_terms_with_ellipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem", 30));
        var text = $"summit {filler} the Moscow Declaration was adopted at the summit {filler} end";

        var snippet = Build(text, "moscow", "declar", "summit");

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>Moscow</mark> <mark>Declaration</mark> was adopted at the <mark>summit</mark>", snippet);
    }

    [Fact]
    public void Never_cuts_a_word_in_half()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i:00}")) + " target " + string.Join(' ', Enumerable.Range(40, 40).Select(i => $"word{i:00}"));

        var snippet = Build(text, "target");

        var inner = snippet.Trim('…').Split(' ');
        Assert.All(inner.Where(w => !w.Contains("mark")), w => Assert.Matches("^word\\d\\d$", w));
        Assert.Contains("<mark>target</mark>", snippet);
    }

    [Fact]
    public void Falls_back_to_the_start_of_the_text_when_nothing_matches()
    {
        var text = "First words of the body. " + string.Join(' ', Enumerable.Repeat("more", 40));

        var snippet = Build(text, "absent");

        Assert.StartsWith("First words of the body.", snippet);
        Assert.EndsWith("…", snippet);
        Assert.DoesNotContain("<mark>", snippet);
    }

    [Fact]
    public void Joins_paragraphs_with_single_spaces()
    {
        Assert.Equal("One <mark>summit</mark>. Two.", Build("One summit.\n\nTwo.", "summit"));
    }

    [Fact]
    public void Handles_empty_text_and_one_overlong_word()
    {
        Assert.Equal("", Build("", "summit"));
        Assert.Equal(new string('x', 60) + "…", Build(new string('x', 100), "summit"));
    }
}
