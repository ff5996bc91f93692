using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>A forum (youth, business, media, women, regions): a host city, a format, an organiser and its head.</summary>
internal static class Forum
{
    private sealed record Kind(string Name, Organisation? Organiser, string Participants, string Russian, string Agenda, string[] Topics, int Since, Portfolio HostMinistry);

    private static readonly Kind[] Kinds =
    [
        new("SCO Youth Forum", Organisations.YouthCouncil, "young leaders, students and entrepreneurs", "Молодёжный форум", "youth entrepreneurship, volunteering and digital skills", ["youth"], 2009, Portfolio.Education),
        new("SCO Business Forum", Organisations.BusinessCouncil, "business people and officials", "Бизнес-форум", "trade, investment and industrial cooperation", ["economy"], 2006, Portfolio.Economy),
        new("SCO Women's Forum", null, "women leaders from government, business and civil society", "Женский форум", "the role of women in economic and social development", ["women"], 2018, Portfolio.Culture),
        new("SCO Media Forum", null, "heads of news agencies and journalists", "Медиафорум", "information security and countering disinformation in the media", ["information security"], 2018, Portfolio.Culture),
        new("SCO Forum of Heads of Regions", null, "governors and heads of regions", "Форум глав регионов", "interregional trade and tourism", ["economy"], 2018, Portfolio.Economy),
        new("SCO Energy Forum", Organisations.EnergyClub, "energy ministers and experts", "Энергетический форум", "energy security and the transition to clean energy", ["energy"], 2013, Portfolio.Energy),
    ];

    private static readonly (string Text, string? Gold)[] Formats =
    [
        ("", null), ("", null), (" in an online and offline format", "hybrid"), (" in a hybrid format", "hybrid"), (" online", "online"),
    ];

    public static Headlines Compose(ReleaseDraft d)
    {
        var kinds = Kinds.Where(k => k.Since <= d.Year).ToList();
        var kind = d.Dice.Pick(kinds);
        var host = d.Dice.Pick(Phrases.Members(d.Year));
        var city = d.Dice.Pick(Cities.In(host));
        var format = d.Year >= 2020 ? d.Dice.Pick(Formats) : Formats[0];
        var edition = Math.Max(1, d.Year - kind.Since + 1);
        var forum = edition == 1 ? $"first {kind.Name}" : $"{Phrases.Ordinal(edition)} {kind.Name}";
        var days = d.Dice.Between(0, 2);
        var when = days == 0 ? $"on {d.Day(d.Date)}" : d.Span(d.Date, d.Date.AddDays(days));

        d.Paragraph($"The {forum} was held in {d.Place(city)} {when}{format.Text}, bringing together {kind.Participants} from the {d.Acronym(Organisations.Sco)} member states.");
        d.Event($"{Phrases.Capitalise(forum)} in {city.Name}", ReleaseDraft.Iso(d.Date), days == 0 ? null : ReleaseDraft.Iso(d.Date.AddDays(days)), city.Name, format.Gold, primary: true);
        d.Topics(kind.Topics);
        d.Paragraph($"The participants discussed {kind.Agenda}.");

        if (kind.Organiser is not null)
        {
            var head = d.World.Holder($"chair:{kind.Organiser.Name}", host, d.Year, 3);
            if (d.Admit(head))
            {
                var title = d.Dice.Chance(0.5) ? $"Chairman of the {d.Organisation(kind.Organiser)}" : $"Chairman of the Board of the {d.Organisation(kind.Organiser)}";
                d.Paragraph($"The forum was organised by the {d.Organisation(kind.Organiser)}. {d.Introduce(head, title)} said that the forum had become a platform for practical cooperation.");
            }
        }
        var welcome = Phrases.SecretaryGeneral(d, out var sg);
        if (welcome is not null && sg is not null)
            d.Paragraph(d.Dice.Next(2) switch
            {
                0 => $"{welcome} addressed the participants{(format.Gold is null ? "" : " by video link")}.",
                _ => $"A welcome message from {welcome} was read out at the opening ceremony.",
            });
        var official = d.World.Minister(kind.HostMinistry.Key, host, d.Year);
        if (d.Dice.Chance(0.5) && d.Admit(official))
            d.Paragraph($"{d.Introduce(official, Phrases.MinisterTitle(d, kind.HostMinistry, host))} welcomed the guests on behalf of the host country.");
        if (d.Dice.Chance(0.5)) Passages.Discussion(d);
        if (d.Dice.Chance(0.5)) Passages.NextMeeting(d, kind.Name, d.Dice.Pick(Phrases.Members(d.Year + 1)));

        var headline = d.Dice.Next(3) switch
        {
            0 => $"{kind.Name} held in {d.Place(city)}",
            1 => $"{Phrases.Capitalise(forum)} opens in {d.Place(city)}",
            _ => $"{kind.Name} brings together {kind.Participants.Split(',')[0]}",
        };
        return new Headlines(headline, $"{kind.Russian} {d.RussianSco()}");
    }
}
