using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>A body named for what it combats ("Centre for Combating …"): the whole name, and its mandate as a topic.</summary>
public sealed class MandateBodyTests
{
    private const string Proposal = "The minister proposed creating an SCO Regional Centre for Countering Illicit Drugs in Almaty.";

    [Fact]
    public void A_centre_for_countering_something_is_named_whole()
    {
        var result = Extract.From(Proposal);

        Assert.Contains("SCO Regional Centre for Countering Illicit Drugs", result.Names(EntityKind.Organization));
        Assert.DoesNotContain("SCO Regional Centre", result.Names(EntityKind.Organization));
    }

    [Fact]
    public void The_mandate_in_a_body_s_name_is_a_topic_but_the_rest_of_the_name_is_not()
    {
        Assert.Contains("drug trafficking", Extract.From(Proposal).Names(EntityKind.Topic));
        Assert.DoesNotContain("terrorism", Extract.From("The SCO Regional Anti-Terrorist Structure Council met.").Names(EntityKind.Topic));
    }
}
