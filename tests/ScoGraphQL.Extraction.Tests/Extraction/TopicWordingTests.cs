using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Topic wordings of new text: mappings to the vocabulary's labels, and words that are not the subject.</summary>
public sealed class TopicWordingTests
{
    private static IEnumerable<string> TopicsOf(string body) => Extract.From(body).Names(EntityKind.Topic);

    [Theory]
    [InlineData("The judges discussed cybercrime and online fraud.", "information security")]
    [InlineData("They planned a workshop on crimes committed with the use of information and communication technologies.", "information security")]
    [InlineData("The agencies exchanged data on the laundering of criminal proceeds.", "organised crime")]
    [InlineData("Police forces agreed to act together against criminal networks in the region.", "organised crime")]
    [InlineData("The officers reported on illegal trafficking in drugs along the northern route.", "drug trafficking")]
    [InlineData("The guards described a joint border operation on the mountain passes.", "border protection")]
    [InlineData("The scientists warned of land degradation and dust storms in the steppe.", "climate change")]
    [InlineData("The bankers discussed mutual settlements in national currencies.", "economy")]
    [InlineData("The ministers praised the new railway between the two capitals.", "connectivity")]
    [InlineData("The customs services agreed on digitising their cargo declarations.", "digital economy")]
    [InlineData("The bankers exchanged views on digital finance and mobile payments.", "digital economy")]
    [InlineData("The airlines pledged to cut the carbon footprint of regional flights.", "climate change")]
    public void New_wordings_map_to_their_label(string body, string label) => Assert.Contains(label, TopicsOf(body));

    [Theory]
    [InlineData("The experts discussed international information security.", "security")]
    [InlineData("The forum was devoted to the digital economy.", "economy")]
    [InlineData("The round table dealt with energy security in the region.", "security")]
    public void A_longer_topic_wording_is_not_also_the_shorter_topic(string body, string shorter) =>
        Assert.DoesNotContain(shorter, TopicsOf(body));

    [Fact]
    public void A_ministers_portfolio_is_not_a_subject()
    {
        Assert.DoesNotContain("education", TopicsOf("The Ministers of Education of the member states will meet in the autumn."));
        Assert.Contains("education", TopicsOf("The ministers discussed education and exchanges of teachers."));
    }

    [Fact]
    public void Traditional_medicine_is_not_healthcare() =>
        Assert.DoesNotContain("healthcare", TopicsOf("The sides spoke about tourism and traditional medicine."));

    [Fact]
    public void Tourism_alone_gets_no_label() => Assert.Empty(TopicsOf("The sides spoke about tourism."));

    [Fact]
    public void A_body_named_only_in_a_persons_title_does_not_bring_its_mandate()
    {
        Assert.DoesNotContain("drug trafficking", TopicsOf("The Secretary-General held talks in Beijing with Executive Director of the United Nations Office on Drugs and Crime Amina Karimova on youth exchanges."));
        Assert.Contains("drug trafficking", TopicsOf("The Secretary-General praised the cooperation with the United Nations Office on Drugs and Crime."));
    }

    [Fact]
    public void What_a_commission_is_on_is_its_subject() =>
        Assert.Contains("drug trafficking", TopicsOf("The envoy addressed the session of the Commission on Narcotic Drugs in Vienna."));
}
