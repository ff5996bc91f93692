using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// The Secretary-General delivers a statement at a UN meeting (New York, Geneva, Vienna or online), with the
/// General Assembly resolutions on SCO–UN cooperation cited by number and date, as 004 does.
/// </summary>
internal static class UnCooperation
{
    private sealed record Venue(Func<ReleaseDraft, string> Meeting, string Label, string Short, City City, string[] Topics);

    public static Headlines Compose(ReleaseDraft d)
    {
        var sg = d.World.SecretaryGeneral(d.Year)!.Value.Name;
        d.Admit(sg);
        Venue[] venues =
        [
            new(x => $"open debate of the {x.Organisation(Organisations.SecurityCouncil)} on cooperation between the {x.Organisation(Organisations.Un)} and regional organisations",
                "Open debate of the UN Security Council", "UN Security Council", Cities.NewYork, []),
            new(x => $"high-level conference of heads of counter-terrorism agencies, organised by the {x.Defined(Organisations.Unoct)},",
                "High-level conference of heads of counter-terrorism agencies", "counter-terrorism conference", Cities.NewYork, ["terrorism"]),
            new(x => $"session of the {x.Organisation(CommissionOnNarcoticDrugs)}",
                "Session of the Commission on Narcotic Drugs", "Commission on Narcotic Drugs", Cities.Vienna, ["drug trafficking"]),
            new(x => $"high-level meeting of the {x.Organisation(Organisations.GeneralAssembly)} on sustainable development",
                "High-level meeting of the UN General Assembly on sustainable development", "UN General Assembly", Cities.NewYork, ["sustainable development"]),
        ];
        var venue = d.Dice.Pick(venues);
        var online = d.Year >= 2020 && d.Dice.Chance(0.4);
        d.Topics(venue.Topics);

        var host = online ? "held via videoconference" : $"held in {d.Place(venue.City)}";
        d.Paragraph($"On {d.Day(d.Date)}, {d.Introduce(sg, Phrases.SecretaryGeneralTitle(d))} delivered a statement at the {venue.Meeting(d)} {host}.");
        d.Event(venue.Label, ReleaseDraft.Iso(d.Date), null, online ? null : venue.City.Name, online ? "videoconference" : null, primary: true);

        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"{d.Again(sg)} noted that the {d.Acronym(Organisations.Sco)} and the {d.Acronym(Organisations.Un)} share a commitment to the purposes and principles of the {d.Document("UN Charter", "charter")}.",
            _ => $"In his statement, {d.Again(sg)} stressed that cooperation with the {d.Acronym(Organisations.Un)} remained a priority of the {d.Acronym(Organisations.Sco)}.",
        });
        Passages.Discussion(d);

        var resolutions = Resolutions.Where(r => r.Date < d.Date).ToList();
        if (resolutions.Count > 0)
        {
            var cited = d.Dice.PickDistinct(resolutions, Math.Min(resolutions.Count, d.Dice.Between(1, 3))).OrderBy(r => r.Date).ToList();
            var list = cited.Select(r => $"{d.Document($"Resolution {r.Number}", "resolution", r.Number, ReleaseDraft.Iso(r.Date))} of {d.Day(r.Date)}").ToList();
            d.Paragraph($"The {d.Organisation(Organisations.GeneralAssembly)} has adopted several resolutions on cooperation between the {d.Acronym(Organisations.Un)} and the {d.Acronym(Organisations.Sco)}, including {Phrases.And(list)}.");
        }
        if (d.Dice.Chance(0.5))
            d.Paragraph($"On 2 December 2004, the {d.Acronym(Organisations.Sco)} was granted observer status in the {d.Organisation(Organisations.GeneralAssembly)}.");
        if (d.Year >= 2010 && d.Dice.Chance(0.4))
        {
            var declaration = d.Document("Joint Declaration on Cooperation between the Secretariats of the SCO and the UN", "declaration", date: "2010-04-05");
            d.Paragraph($"The {declaration}, signed on 5 April 2010, remains the basis of the two organisations' interaction.");
        }

        var headline = d.Dice.Next(2) switch
        {
            0 => $"{d.Role(sg, Phrases.SecretaryGeneralTitle(d))} speaks at {venue.Short} meeting{(online ? " online" : " in " + d.Place(venue.City))}",
            _ => $"{d.Acronym(Organisations.Sco)} and {d.Acronym(Organisations.Un)}: {d.Role(sg, Phrases.SecretaryGeneralTitle(d))} delivers statement",
        };
        return new Headlines(headline, $"Генеральный секретарь {d.RussianSco()} выступил на мероприятии ООН");
    }

    private static readonly Organisation CommissionOnNarcoticDrugs = new("Commission on Narcotic Drugs");

    private sealed record Resolution(string Number, DateOnly Date);

    /// <summary>The General Assembly's resolutions on UN–SCO cooperation, as 004 lists them.</summary>
    private static readonly Resolution[] Resolutions =
    [
        new("64/183", new DateOnly(2009, 12, 18)), new("65/124", new DateOnly(2010, 12, 13)), new("67/15", new DateOnly(2012, 11, 19)),
        new("69/11", new DateOnly(2014, 11, 11)), new("71/14", new DateOnly(2016, 11, 21)), new("73/334", new DateOnly(2019, 8, 30)),
        new("75/69", new DateOnly(2021, 4, 16)), new("77/5", new DateOnly(2022, 12, 2)), new("79/12", new DateOnly(2024, 11, 25)),
    ];
}
