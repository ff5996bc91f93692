using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>A meeting of the Heads of State Council: the chair, the leaders present, the declaration and decisions.</summary>
internal static class Summit
{
    public static Headlines Compose(ReleaseDraft d)
    {
        var members = Phrases.Members(d.Year);
        var chair = d.Dice.Pick(members);
        var city = d.Dice.Pick(Cities.In(chair));
        var virtualSummit = d.Year is >= 2020 and <= 2021 || d.Dice.Chance(0.1);
        var format = virtualSummit ? "videoconference" : null;
        var chairName = d.World.HeadOfState(chair, d.Year);
        d.Admit(chairName);

        var council = d.Dice.Chance(0.5) ? d.Organisation(Organisations.HeadsOfState) : d.Variant(Organisations.HeadsOfState, d.Dice.Next(3));
        var where = virtualSummit ? "via videoconference" : $"in {d.Place(city)}";
        d.Paragraph(d.Dice.Next(3) switch
        {
            0 => $"On {d.Day(d.Date)}, the meeting of the {council} took place {where} under the chairmanship of {d.Introduce(chairName, Phrases.HeadOfStateTitle(d, chair))}.",
            1 => $"A meeting of the {council} was held {where} on {d.Day(d.Date)}. {d.Introduce(chairName, Phrases.HeadOfStateTitle(d, chair))} chaired the meeting.",
            _ => $"The {Phrases.Ordinal(d.Year - 2000)} meeting of the {council} took place {where} on {d.Day(d.Date)}, chaired by {d.Introduce(chairName, Phrases.HeadOfStateTitle(d, chair))}.",
        });
        var place = virtualSummit && d.Dice.Chance(0.5) ? null : city;
        if (virtualSummit && place is not null)
            d.Paragraph($"The host country's leader chaired the meeting from {d.Place(place)}.");
        d.Event(virtualSummit ? $"Virtual meeting of the SCO Heads of State Council chaired by {chairName.Full}" : $"Meeting of the SCO Heads of State Council in {city.Name}",
            ReleaseDraft.Iso(d.Date), null, place?.Name, format, primary: true);

        var leaders = members.Where(c => c != chair)
            .Select(c => (Country: c, Name: d.World.HeadOfState(c, d.Year)))
            .Where(l => d.Admit(l.Name)).ToList();
        var present = leaders.Select(l => d.Introduce(l.Name, Phrases.HeadOfStateTitle(d, l.Country))).ToList();
        var secretaryGeneral = Phrases.SecretaryGeneral(d, out var sg);
        if (secretaryGeneral is not null) present.Add(secretaryGeneral);
        d.Paragraph($"The meeting was attended by {Phrases.And(present)}.");

        var observers = Phrases.Observers(d.Year);
        if (observers.Count > 0 && d.Dice.Chance(0.6))
        {
            var guests = observers.Select(c => (Country: c, Name: d.World.HeadOfState(c, d.Year))).Where(g => d.Admit(g.Name))
                .Select(g => d.Introduce(g.Name, Phrases.HeadOfStateTitle(d, g.Country))).ToList();
            if (guests.Count > 0) d.Paragraph($"The leaders of the observer states, {Phrases.And(guests)}, also took part in the meeting.");
        }

        Passages.Discussion(d);
        var declaration = d.Document($"{city.Name} Declaration of the {d.Variant(Organisations.HeadsOfState, 0)}", "declaration", date: ReleaseDraft.Iso(d.Date));
        var adopted = new List<string> { declaration };
        if (d.Dice.Chance(0.5))
        {
            var until = (d.Year / 5 + 2) * 5;
            adopted.Add(d.Document($"SCO Development Strategy until {until}", "strategy", date: ReleaseDraft.Iso(d.Date)));
        }
        if (d.Dice.Chance(0.5))
        {
            var (subject, topic) = d.Dice.Pick(StatementSubjects);
            d.Topics(topic);
            adopted.Add(d.Document($"Statement of the {d.Variant(Organisations.HeadsOfState, 0)} on {subject}", "statement", date: ReleaseDraft.Iso(d.Date)));
        }
        d.Paragraph($"Following the meeting, the leaders {(adopted.Count == 1 ? "signed" : "adopted")} the {Phrases.And(adopted)}.");
        if (sg is not null && d.Dice.Chance(0.6))
            d.Paragraph($"{d.Again(sg)} briefed the leaders on the work of the {d.Organisation(Organisations.Secretariat)} over the past year.");

        var next = Phrases.Members(d.Year + 1).Where(c => c != chair).ToList();
        var nextChair = next[d.Dice.Next(next.Count)];
        d.Paragraph($"The {d.Acronym(Organisations.Sco)} chairmanship passed to {d.AnyCountryForm(nextChair)}.");
        if (d.Dice.Chance(0.3)) Passages.Background(d);

        var sco = d.Acronym(Organisations.Sco);
        var headline = (virtualSummit, d.Dice.Next(3)) switch
        {
            (true, 0) => $"A Virtual Summit of the {d.Organisation(Organisations.Sco)} Held",
            (true, _) => $"{d.Organisation(Organisations.HeadsOfState)} meets via videoconference",
            (false, 0) => $"{d.Organisation(Organisations.HeadsOfState)} meeting held in {d.Place(city)}",
            (false, 1) => $"Leaders of {sco} member states meet in {d.Place(city)}",
            _ => $"{sco} summit adopts {city.Name} Declaration",
        };
        return new Headlines(headline, "Состоялось заседание Совета глав государств – членов " + d.RussianSco());
    }

    private static readonly (string Subject, string Topic)[] StatementSubjects =
    [
        ("Countering International Terrorism", "terrorism"), ("Cooperation in International Information Security", "information security"),
        ("Countering the Drug Threat", "drug trafficking"), ("Energy Security", "energy"), ("Climate Change", "climate change"),
        ("Cooperation in the Digital Economy", "digital economy"),
    ];
}
