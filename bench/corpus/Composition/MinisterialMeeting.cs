using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// A meeting of ministers of the member states (foreign affairs, or a sector such as transport or health): the host
/// minister chairs, the others attend, the Secretary-General takes part, a plan or statement is adopted.
/// </summary>
internal static class MinisterialMeeting
{
    public static Headlines Compose(ReleaseDraft d)
    {
        var portfolio = d.Dice.Chance(0.3) ? Portfolio.ForeignAffairs : d.Dice.Pick(Portfolio.Sectoral);
        var members = Phrases.Members(d.Year);
        var host = d.Dice.Pick(members);
        var city = d.Dice.Pick(Cities.In(host));
        var format = d.Year >= 2020 && d.Dice.Chance(0.3) ? d.Dice.Pick(Formats) : (Text: "", Gold: (string?)null);
        var chair = d.World.Minister(portfolio.Key, host, d.Year);
        d.Admit(chair);
        var sco = d.Acronym(Organisations.Sco);

        var meeting = portfolio == Portfolio.ForeignAffairs
            ? (d.Dice.Chance(0.5) ? $"meeting of the {d.Organisation(Organisations.ForeignMinisters)}" : $"meeting of the {d.Variant(Organisations.ForeignMinisters, 0)}")
            : d.Dice.Chance(0.5) ? $"meeting of {portfolio.MeetingOf} of the {sco} Member States" : $"meeting of {sco} {portfolio.MeetingOf}";
        var chairIntro = d.Introduce(chair, Phrases.MinisterTitle(d, portfolio, host));
        d.Paragraph(d.Dice.Next(3) switch
        {
            0 => $"On {d.Day(d.Date)}, {d.Place(city)} hosted the {meeting}{format.Text}. It was chaired by {chairIntro}.",
            1 => $"The {meeting} took place in {d.Place(city)} on {d.Day(d.Date)}{format.Text}, chaired by {chairIntro}.",
            _ => $"On {d.Day(d.Date)}, {chairIntro} chaired the {meeting}, held in {d.Place(city)}{format.Text}.",
        });
        d.Event($"{Phrases.Capitalise(meeting)} in {city.Name}", ReleaseDraft.Iso(d.Date), null, city.Name, format.Gold, primary: true);
        d.Topics(portfolio.Topics);
        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"The ministers discussed {portfolio.Agenda}.",
            _ => $"The main items on the agenda were {portfolio.Agenda}.",
        });

        var others = members.Where(c => c != host).ToList();
        var attendees = d.Dice.PickDistinct(others, d.Dice.Between(2, Math.Min(5, others.Count)))
            .Select(c => (Country: c, Name: d.World.Minister(portfolio.Key, c, d.Year)))
            .Where(a => d.Admit(a.Name))
            .Select(a => d.Introduce(a.Name, Phrases.MinisterTitle(d, portfolio, a.Country))).ToList();
        var secretaryGeneral = Phrases.SecretaryGeneral(d, out var sg);
        if (secretaryGeneral is not null) attendees.Add(secretaryGeneral);
        var rest = others.Count > attendees.Count && d.Dice.Chance(0.5) ? ", as well as delegations of the other member states" : "";
        d.Paragraph($"The meeting was attended by {Phrases.And(attendees)}{rest}.");

        Passages.Discussion(d);
        if (sg is not null && d.Dice.Chance(0.7))
            d.Paragraph(d.Dice.Next(3) switch
            {
                0 => $"{d.Again(sg)} noted that the meetings of {portfolio.MeetingOf.ToLowerInvariant()} had become an important mechanism of cooperation within the {sco}.",
                1 => $"In his address, {d.Again(sg)} informed the participants about the activities of the {d.Organisation(Organisations.Secretariat)}.",
                _ => $"The {d.Role(sg, "Secretary-General")} stressed the readiness of the {d.Organisation(Organisations.Secretariat)} to assist in implementing the agreements reached.",
            });

        var adopted = AdoptedDocument(d, portfolio);
        if (adopted is not null) d.Paragraph(adopted);
        if (portfolio == Portfolio.ForeignAffairs && d.Dice.Chance(0.5)) Passages.UpcomingSummit(d, host);
        if (d.Dice.Chance(0.4)) Passages.PreviousMeeting(d, $"{portfolio.MeetingOf} meeting", d.Dice.Pick(others));
        if (d.Dice.Chance(0.6)) Passages.NextMeeting(d, $"{portfolio.MeetingOf} meeting", d.Dice.Pick(others));

        var headline = d.Dice.Next(3) switch
        {
            0 => $"{sco} {portfolio.MeetingOf} meet in {d.Place(city)}",
            1 => sg is not null ? $"{d.Role(sg, Phrases.SecretaryGeneralTitle(d))} takes part in meeting of {portfolio.MeetingOf}" : $"Meeting of {sco} {portfolio.MeetingOf} held",
            _ => $"Meeting of {portfolio.MeetingOf} of {sco} Member States held in {d.Place(city)}",
        };
        return new Headlines(headline, $"Состоялось совещание {portfolio.Russian} государств – членов {d.RussianSco()}");
    }

    private static readonly (string Text, string? Gold)[] Formats =
    [
        (" via videoconference", "videoconference"),
        (" in a hybrid format", "hybrid"),
        (" online", "online"),
    ];

    private static string? AdoptedDocument(ReleaseDraft d, Portfolio portfolio)
    {
        var date = ReleaseDraft.Iso(d.Date);
        var start = d.Year + 1;
        var sco = d.Acronym(Organisations.Sco);
        var field = portfolio.Field;
        return d.Dice.Next(5) switch
        {
            // The programme named inside the plan's title is a document too (README: 002's embedded Development Strategy).
            0 => $"The ministers approved the {d.Document($"Plan of Action for {start}–{start + 2} to Implement the {d.Document($"Programme of Cooperation of the {sco} Member States in the Field of {field}", "plan")}", "plan", date: date)}.",
            1 => $"Following the meeting, the parties signed a {d.Document($"Joint Statement of the {portfolio.MeetingOf} of the {sco} Member States", "statement", date: date)}.",
            2 => $"The participants adopted the {d.Document($"Concept of Cooperation of the {sco} Member States in the Field of {field}", "concept", date: date)}.",
            3 => $"A {d.Document($"Memorandum of Understanding on Cooperation in the Field of {field}", "memorandum", date: date)} was signed at the meeting.",
            _ => null,
        };
    }
}
