using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// The Secretary-General meets a minister, an ambassador or the head of a partner organisation, at the Secretariat
/// in Beijing or by videoconference; sometimes a memorandum is signed.
/// </summary>
internal static class SecretaryGeneralTalks
{
    public static Headlines Compose(ReleaseDraft d)
    {
        var sg = d.World.SecretaryGeneral(d.Year)!.Value.Name;
        d.Admit(sg);
        var online = d.Year >= 2020 && d.Dice.Chance(0.4);
        var beijing = Cities.All.First(c => c.Name == "Beijing");
        var sgTitle = Phrases.SecretaryGeneralTitle(d);
        var (guest, guestIntro, guestTitle, counterpart, partner) = Guest(d);

        var venue = online ? "via videoconference" : d.Dice.Next(3) switch
        {
            0 => $"at the {d.Organisation(Organisations.Secretariat)} in {d.Place(beijing)}",
            1 => $"in {d.Place(beijing)}",
            _ => $"at the {d.Organisation(Organisations.Secretariat)}",
        };
        var place = !online && venue.EndsWith(beijing.Name, StringComparison.Ordinal) ? beijing.Name : null;
        d.Paragraph(d.Dice.Next(3) switch
        {
            0 => $"On {d.Day(d.Date)}, {d.Introduce(sg, sgTitle)} met with {guestIntro} {venue}.",
            1 => $"{d.Introduce(sg, sgTitle)} held talks with {guestIntro} {venue} on {d.Day(d.Date)}.",
            _ => $"On {d.Day(d.Date)}, {d.Introduce(sg, sgTitle)} had a working meeting {venue} with {guestIntro}.",
        });
        d.Event($"Meeting of the SCO Secretary-General {sg.Full} with {guest.Full}", ReleaseDraft.Iso(d.Date), null, place, online ? "videoconference" : null, primary: true);

        d.Paragraph(d.Dice.Next(3) switch
        {
            0 => $"{d.Again(sg)} briefed {(guest.Female ? "her" : "his")} counterpart on the current activities of the {d.Acronym(Organisations.Sco)} and the priorities of the current chairmanship.",
            1 => $"The parties discussed the state of and prospects for cooperation between the {d.Acronym(Organisations.Sco)} and {counterpart(d)}.",
            _ => $"The {d.Role(sg, "Secretary-General")} thanked {d.Again(guest)} for the visit and spoke about the main results of the {d.Acronym(Organisations.Sco)}'s work.",
        });
        Passages.Discussion(d);
        if (partner is not null && d.Dice.Chance(0.5))
        {
            var memorandum = d.Document($"Memorandum of Understanding between the {d.Organisation(Organisations.Secretariat)} and the {d.Organisation(partner)}", "memorandum", date: ReleaseDraft.Iso(d.Date));
            d.Paragraph($"Following the talks, {d.Again(sg)} and {d.Again(guest)} signed a {memorandum}.");
        }
        else
        {
            d.Paragraph($"{d.Again(guest)} expressed {(guest.Female ? "her" : "his")} readiness to further strengthen interaction with the {d.Organisation(Organisations.Secretariat)}.");
        }
        if (d.Dice.Chance(0.3)) Passages.UpcomingSummit(d, d.Dice.Pick(Phrases.Members(d.Year)));
        if (d.Dice.Chance(0.25)) Passages.Background(d);

        var headline = d.Dice.Next(3) switch
        {
            0 => $"{d.Role(sg, Phrases.SecretaryGeneralTitle(d))} meets {d.Role(guest, guestTitle(d))}",
            1 => $"{d.Role(sg, Phrases.SecretaryGeneralTitle(d))} holds {(online ? "online meeting" : "talks")} with {d.Role(guest, guestTitle(d))}",
            _ => $"{d.Role(sg, $"{d.Acronym(Organisations.Sco)} Secretary-General")} {d.Name(sg)} {(online ? "talks to" : "receives")} {d.Role(guest, guestTitle(d))}",
        };
        return new Headlines(headline, $"Генеральный секретарь {d.RussianSco()} провел встречу");
    }

    /// <summary>
    /// Who the Secretary-General meets: a foreign minister, an ambassador or the head of a partner body. Besides the
    /// first mention it gives a short title for the headline (a role of that person) and the side they stand for.
    /// </summary>
    private static (PersonName Person, string Intro, Func<ReleaseDraft, string> Title, Func<ReleaseDraft, string> Counterpart, Organisation? Partner) Guest(ReleaseDraft d)
    {
        while (true)
        {
            var states = Countries.All.Where(c => c.StandingIn(d.Year) != Standing.None && c != Countries.China).ToList();
            switch (d.Dice.Next(3))
            {
                case 0:
                {
                    var country = d.Dice.Pick(states);
                    var minister = d.World.Minister(Portfolio.ForeignAffairs.Key, country, d.Year);
                    if (!d.Admit(minister)) continue;
                    var intro = d.Introduce(minister, Phrases.MinisterTitle(d, Portfolio.ForeignAffairs, country));
                    return (minister, intro, x => $"Foreign Minister of {x.Country(country)}", x => x.CountryOfficial(country), null);
                }
                case 1:
                {
                    var country = d.Dice.Pick(states);
                    var ambassador = d.World.Holder("ambassador-to-china", country, d.Year, 4);
                    if (!d.Admit(ambassador)) continue;
                    var title = d.Dice.Chance(0.5)
                        ? $"Ambassador of {d.CountryOfficial(country)} to {d.CountryOfficial(Countries.China)}"
                        : $"Ambassador Extraordinary and Plenipotentiary of {d.Country(country)} to {d.Country(Countries.China)}";
                    return (ambassador, d.IntroduceAppositive(ambassador, title), x => $"{x.CountryAdjective(country)} Ambassador", x => x.Country(country), null);
                }
                default:
                {
                    var partner = d.Dice.Pick(Organisations.Partners);
                    var head = d.World.PartnerHead(partner, d.Year);
                    if (!d.Admit(head)) continue;
                    var office = partner.Name.StartsWith("United Nations", StringComparison.Ordinal) ? "Executive Director" : "Secretary-General";
                    var intro = d.Introduce(head, $"{office} of the {d.Defined(partner)}");
                    return (head, intro, x => $"{office} of {(partner.Acronym is null ? "the " : "")}{x.Mention(partner)}", x => "the " + x.Mention(partner), partner);
                }
            }
        }
    }
}
