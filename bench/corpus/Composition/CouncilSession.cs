using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// A session of one of the SCO's councils below the summit: the Heads of Government (prime ministers, trade
/// documents) or the National Coordinators (several days, often online, preparing the summit, as 000 does).
/// </summary>
internal static class CouncilSession
{
    private static readonly (string Text, string? Gold)[] CoordinatorFormats =
    [
        ("a meeting", null), ("a meeting via videoconference", "videoconference"), ("an online and offline meeting", "hybrid"), ("an online meeting", "online"),
    ];

    public static Headlines Compose(ReleaseDraft d) => d.Dice.Chance(0.5) ? HeadsOfGovernment(d) : NationalCoordinators(d);

    private static Headlines HeadsOfGovernment(ReleaseDraft d)
    {
        var members = Phrases.Members(d.Year);
        var host = d.Dice.Pick(members);
        var city = Phrases.Venue(d, host);
        var chair = d.World.HeadOfGovernment(host, d.Year);
        d.Admit(chair);
        var council = d.AnyName(Organisations.HeadsOfGovernment);
        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"The meeting of the {council} was held in {d.Place(city)} on {d.Day(d.Date)}, chaired by {d.Introduce(chair, Phrases.HeadOfGovernmentTitle(d, host))}.",
            _ => $"On {d.Day(d.Date)}, {d.Introduce(chair, Phrases.HeadOfGovernmentTitle(d, host))} chaired the meeting of the {council} in {d.Place(city)}.",
        });
        d.Event($"Meeting of the SCO Council of Heads of Government in {city.Name}", ReleaseDraft.Iso(d.Date), null, city.Name, null, primary: true);

        var premiers = members.Where(c => c != host).Select(c => (Country: c, Name: d.World.HeadOfGovernment(c, d.Year)))
            .Where(p => d.Admit(p.Name)).Select(p => d.Introduce(p.Name, Phrases.HeadOfGovernmentTitle(d, p.Country))).ToList();
        var secretaryGeneral = Phrases.SecretaryGeneral(d, out _);
        if (secretaryGeneral is not null) premiers.Add(secretaryGeneral);
        d.Paragraph($"Taking part in the meeting were {Phrases.And(premiers)}.");
        d.Topics("economy");
        d.Paragraph("The heads of government discussed ways to expand trade and economic cooperation and to increase the share of national currencies in mutual settlements.");
        Passages.Discussion(d);

        var date = ReleaseDraft.Iso(d.Date);
        var programme = d.Document($"Programme of Multilateral Trade and Economic Cooperation of the {d.Acronym(Organisations.Sco)} Member States", "plan");
        var plan = d.Document($"Plan of Measures for {d.Year + 1}–{d.Year + 5} to Implement the {programme}", "plan", date: date);
        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"The heads of delegation approved the {plan} and a number of decisions on the organisation's budget.",
            _ => $"Following the meeting, the heads of government approved the {plan}.",
        });
        if (d.Dice.Chance(0.5)) Passages.NextMeeting(d, "meeting of the SCO Council of Heads of Government", d.Dice.Pick(Phrases.Members(d.Year + 1)));

        var headline = d.Dice.Next(2) switch
        {
            0 => $"{d.Organisation(Organisations.HeadsOfGovernment)} meets in {d.Place(city)}",
            _ => $"{d.Acronym(Organisations.Sco)} Heads of Government discuss trade and economic cooperation",
        };
        return new Headlines(headline, $"Состоялось заседание Совета глав правительств государств – членов {d.RussianSco()}");
    }

    private static Headlines NationalCoordinators(ReleaseDraft d)
    {
        var members = Phrases.Members(d.Year);
        var chairCountry = d.Dice.Pick(members);
        var city = Phrases.Venue(d, chairCountry);
        var format = d.Year >= 2020 ? d.Dice.Pick(CoordinatorFormats) : CoordinatorFormats[0];
        var end = d.Date.AddDays(d.Dice.Between(2, 4));
        var council = d.Dice.Chance(0.6) ? d.Organisation(Organisations.NationalCoordinators) : d.Variant(Organisations.NationalCoordinators, 0);
        d.Paragraph($"On {d.Day(d.Date)}, the {council} began {format.Text} in {d.Place(city)}.", $"The meeting will last until {d.Day(end)}.");
        d.Event($"Meeting of the SCO Council of National Coordinators in {city.Name}", ReleaseDraft.Iso(d.Date), ReleaseDraft.Iso(end), city.Name, format.Gold, primary: true);

        var coordinator = d.World.Holder("national-coordinator", chairCountry, d.Year, 3);
        if (d.Admit(coordinator))
            d.Paragraph($"The meeting is chaired by {d.Introduce(coordinator, $"National Coordinator of {d.AnyCountryForm(chairCountry)} for SCO Affairs")}.");
        var welcome = Phrases.SecretaryGeneral(d, out var sg);
        if (welcome is not null && sg is not null)
            d.Paragraph($"{welcome} pointed out in {(sg.Female ? "her" : "his")} opening address that the member states were committed to preparing the main events of {d.Country(chairCountry)}'s {d.Acronym(Organisations.Sco)} chairmanship.",
                d.Dice.Chance(0.5) ? $"The {d.Role(sg, "SCO Secretary-General")} also mentioned the contribution of the permanent representatives to the {d.Organisation(Organisations.Secretariat)}." : "");
        d.Paragraph($"The agenda of the meeting includes over {d.Dice.Between(2, 6) * 10} items, among them drafts of the documents to be submitted to the heads of state.");
        Passages.UpcomingSummit(d, chairCountry);
        Passages.RecalledMeeting(d);

        var headline = d.Dice.Next(2) switch
        {
            0 => $"{d.Organisation(Organisations.NationalCoordinators)} begins meeting in {d.Place(city)}",
            _ => sg is not null
                ? $"{d.Role(sg, "SCO Secretary-General")} addresses opening of {d.Variant(Organisations.NationalCoordinators, 0)} meeting"
                : $"{d.Variant(Organisations.NationalCoordinators, 0)} of the {d.Acronym(Organisations.Sco)} meets",
        };
        return new Headlines(headline, "Начал работу Совет национальных координаторов " + d.RussianSco());
    }
}
