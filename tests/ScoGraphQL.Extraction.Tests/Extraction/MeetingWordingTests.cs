using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Meetings said with a venue between "met" and "with", and a document's date that is no meeting's.</summary>
public sealed class MeetingWordingTests
{
    [Fact]
    public void Met_at_a_venue_with_a_visitor_is_a_dated_meeting()
    {
        var result = Extract.From("On 12 March 2026, SCO Secretary-General Zhang Ming met at the SCO Secretariat with Minister of Foreign Affairs of the Republic of Maldives Ahmed Rasheed, who was in Beijing on an official visit to China.");

        var meeting = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event && e.Name.Contains("meeting", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(PartialDate.Day(2026, 3, 12), meeting.StartDate);
    }

    [Fact]
    public void Met_in_a_lower_case_phrase_before_with_is_not_read_as_a_venue()
    {
        var result = Extract.From("On 12 March 2026, Zhang Ming met many times with students of the university.");

        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Event && e.Name.Contains("meeting", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_date_of_a_convention_after_of_is_no_event()
    {
        var result = Extract.From("On 12 March 2026, the ministers met in Tashkent. They welcomed the contacts between the SCO Secretariat and the Hague Conference on Private International Law (HCCH) and noted that most member states were parties to the Service Convention of 15 November 1965, which governs the service of documents abroad.");

        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Event && e.StartDate is { } d && d.Date.Year == 1965);
    }

    [Fact]
    public void A_body_described_as_a_forum_is_no_event()
    {
        var result = Extract.From("On 12 March 2026, the ministers met in Tashkent. The minister recalled that Mongolia had joined the SCO as an observer in 2004 and said that Ulaanbaatar valued the SCO as a forum for regional dialogue.");

        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Event && e.Name.Contains("forum", StringComparison.OrdinalIgnoreCase));
    }
}
