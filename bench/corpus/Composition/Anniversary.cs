using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>SCO Day (15 June): a reception at the Secretariat for the organisation's anniversary, ambassadors attending.</summary>
internal static class Anniversary
{
    public static Headlines Compose(ReleaseDraft d)
    {
        var anniversary = d.Year - 2001;
        var date = new DateOnly(d.Year, 6, d.Dice.Between(10, 17));
        var sg = d.World.SecretaryGeneral(d.Year)!.Value.Name;
        d.Admit(sg);
        var beijing = Cities.All.First(c => c.Name == "Beijing");
        var online = d.Year is 2020 or 2021 && d.Dice.Chance(0.5);

        var where = online ? "in an online format" : $"at the {d.Organisation(Organisations.Secretariat)} in {d.Place(beijing)}";
        d.Paragraph($"On {d.Day(date)}, a reception marking the {Phrases.Ordinal(anniversary)} anniversary of the {d.Defined(Organisations.Sco)} was held {where}.");
        d.Event($"Reception marking the {Phrases.Ordinal(anniversary)} anniversary of the SCO", ReleaseDraft.Iso(date), null, online ? null : beijing.Name, online ? "online" : null, primary: true);

        d.Paragraph($"{d.Introduce(sg, Phrases.SecretaryGeneralTitle(d))} noted that over the {anniversary} years since its establishment the organisation had become an authoritative multilateral association.");
        var ambassadors = d.Dice.PickDistinct(Countries.All.Where(c => c.StandingIn(d.Year) != Standing.None && c != Countries.China).ToList(), d.Dice.Between(1, 3))
            .Select(c => (Country: c, Name: d.World.Holder("ambassador-to-china", c, d.Year, 4)))
            .Where(a => d.Admit(a.Name))
            .Select(a => d.IntroduceAppositive(a.Name, $"Ambassador of {d.Country(a.Country)} to {d.Country(Countries.China)}")).ToList();
        if (ambassadors.Count > 0)
            d.Paragraph($"The event was attended by diplomats accredited in {d.Country(Countries.China)}, among them {Phrases.And(ambassadors)}.");
        if (d.Dice.Chance(0.5))
        {
            d.Topics("culture");
            d.Paragraph("The guests were shown a concert of folk music and an exhibition of national crafts of the member states, highlighting the cultural diversity of the region.");
        }

        var headline = d.Dice.Next(2) switch
        {
            0 => $"{d.Organisation(Organisations.Secretariat)} celebrates {Phrases.Ordinal(anniversary)} anniversary of the Organisation",
            _ => $"Reception on the occasion of {d.Acronym(Organisations.Sco)} Day held in {d.Place(beijing)}",
        };
        return new Headlines(headline, $"В Секретариате {d.RussianSco()} отметили День ШОС");
    }
}
