using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// Paragraphs any scenario may add after its opening: what was discussed (each wording tagged with the topics it
/// names explicitly), the next and previous meetings, background on the SCO, partners, history.
/// </summary>
internal static class Passages
{
    private sealed record Subject(string Phrase, string[] Topics, int Since = 2001);

    private static readonly Subject[] Subjects =
    [
        new("regional security and stability", ["security"]),
        new("countering terrorism, separatism and extremism", ["terrorism", "separatism", "extremism"]),
        new("the fight against terrorism", ["terrorism"]),
        new("combating drug trafficking", ["drug trafficking"]),
        new("countering illicit drug trafficking and transnational organised crime", ["drug trafficking", "organised crime"]),
        new("ensuring international information security", ["information security"]),
        new("expanding trade and investment", ["economy"]),
        new("the development of the digital economy and e-commerce", ["digital economy", "e-commerce"], 2016),
        new("the development of transport corridors and regional connectivity", ["connectivity"]),
        new("energy cooperation", ["energy"]),
        new("overcoming the consequences of the COVID-19 pandemic", ["covid-19"], 2020),
        new("joint measures to prevent epidemics", ["epidemics"]),
        new("cooperation in healthcare", ["healthcare"]),
        new("cultural and humanitarian ties", ["culture"]),
        new("youth exchanges", ["youth"]),
        new("strengthening the role of women in society", ["women"]),
        new("responding to climate change", ["climate change"], 2008),
        new("sustainable development", ["sustainable development"]),
        new("border protection", ["border protection"]),
        new("migration", ["migration"]),
    ];

    private static readonly string[] DiscussionOpenings =
    [
        "The parties exchanged views on {0}.",
        "The participants discussed {0}.",
        "Special attention was paid to {0}.",
        "The sides focused on {0}.",
        "The agenda included {0}.",
        "They also considered prospects for cooperation in {0}.",
    ];

    /// <summary>One paragraph naming two or three subjects, with their topics recorded.</summary>
    public static void Discussion(ReleaseDraft d, IReadOnlyList<string>? extraTopicsPhrase = null)
    {
        var picked = d.Dice.PickDistinct(Subjects.Where(s => s.Since <= d.Year).ToList(), d.Dice.Between(2, 3));
        foreach (var subject in picked) d.Topics(subject.Topics);
        var sentence = string.Format(d.Dice.Pick(DiscussionOpenings), Phrases.And(picked.Select(s => s.Phrase).ToList()));
        var afghan = d.Dice.Chance(0.25) ? AfghanSentence(d) : "";
        d.Paragraph(sentence, afghan);
    }

    private static string AfghanSentence(ReleaseDraft d)
    {
        d.Topics("afghanistan");
        return d.Dice.Next(3) switch
        {
            0 => $"The situation in {d.Country(Countries.Afghanistan)} was also discussed.",
            1 => $"They reaffirmed their support for building {d.Country(Countries.Afghanistan)} as an independent, neutral, united, democratic and peaceful state.",
            _ => $"The participants noted the importance of an inclusive political settlement in {d.Country(Countries.Afghanistan)}.",
        };
    }

    /// <summary>"The next meeting will be held in Almaty in 2026": a secondary event with a year (or month) precision date.</summary>
    public static void NextMeeting(ReleaseDraft d, string eventLabel, Country host)
    {
        var city = d.Dice.Pick(Cities.In(host));
        var year = d.Year + 1;
        if (d.Dice.Chance(0.5))
        {
            d.Event($"Next {eventLabel} in {city.Name}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, city.Name, null);
            d.Paragraph(d.Dice.Next(3) switch
            {
                0 => $"The next meeting will be held in {d.Place(city)} in {year}.",
                1 => $"The parties agreed to hold the next meeting in {d.Place(city)}, {d.Country(host)}, in {year}.",
                _ => $"It was decided that the next meeting would take place in {d.Place(city)} in {year}.",
            });
        }
        else
        {
            var month = d.Dice.Between(1, 12);
            d.Event($"Next {eventLabel} in {city.Name}", ReleaseDraft.IsoMonth(year, month), null, city.Name, null);
            d.Paragraph($"The next meeting is scheduled to take place in {d.Place(city)} in {ReleaseDraft.MonthName(month)} {year}.");
        }
    }

    /// <summary>A summit later in the same year, dated only by its month ("in September"), as 000 does.</summary>
    public static void UpcomingSummit(ReleaseDraft d, Country chair)
    {
        if (d.Date.Month >= 11) return;
        var month = d.Dice.Between(d.Date.Month + 1, 12);
        var city = d.Dice.Pick(Cities.In(chair));
        d.Event($"Meeting of the SCO Heads of State Council in {city.Name}", ReleaseDraft.IsoMonth(d.Year, month), null, city.Name, null);
        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"Preparations for the meeting of the {d.AnyName(Organisations.HeadsOfState)} to be held in {d.Place(city)} in {ReleaseDraft.MonthName(month)} were also discussed.",
            _ => $"The participants reviewed preparations for the {d.Acronym(Organisations.Sco)} summit, which will take place in {d.Place(city)} in {ReleaseDraft.MonthName(month)} this year.",
        });
    }

    /// <summary>A past meeting with a full date, in another city.</summary>
    public static void PreviousMeeting(ReleaseDraft d, string eventLabel, Country host)
    {
        var city = d.Dice.Pick(Cities.In(host));
        var day = d.Date.AddDays(-d.Dice.Between(300, 420));
        if (day.Year < 2002) return;
        d.Event($"Previous {eventLabel} in {city.Name}", ReleaseDraft.Iso(day), null, city.Name, null);
        d.Paragraph($"The decisions taken at the previous meeting, held in {d.Place(city)} on {d.Day(day)}, were reviewed.");
    }

    /// <summary>Background that names the SCO and its founding, without being an event (README: historical happenings are left out).</summary>
    public static void Background(ReleaseDraft d)
    {
        var members = Phrases.Members(d.Year).Count;
        d.Paragraph(d.Dice.Next(3) switch
        {
            0 => $"The {d.Defined(Organisations.Sco)} was established in {d.Place(Cities.All.First(c => c.Name == "Shanghai"))} on 15 June 2001. It now has {members} member states.",
            1 => $"Since its establishment in 2001, the {d.Acronym(Organisations.Sco)} has become an influential organisation uniting {members} member states.",
            _ => $"The {d.Acronym(Organisations.Sco)} member states account for almost half of the world's population.",
        });
    }
}
