using System.Globalization;
using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>A joint anti-terrorist exercise, border operation or anti-drug operation, dated as a span of days.</summary>
internal static class JointExercise
{
    private sealed record Kind(string Name, string Description, string RussianDescription, bool HasPlace, string[] Topics, string Aim);

    private static readonly Kind[] Kinds =
    [
        new("Peace Mission", "joint anti-terrorist command and staff exercise", "совместное антитеррористическое учение", true, ["terrorism"],
            "practising the joint planning and conduct of counter-terrorism operations"),
        new("Interaction", "joint anti-terrorist exercise", "совместное антитеррористическое учение", true, ["terrorism"],
            "improving coordination between the competent authorities in countering terrorism"),
        new("Solidarity", "joint border operation", "совместная пограничная операция", false, ["border protection", "terrorism"],
            "strengthening border protection and preventing the movement of terrorist fighters"),
        new("Spider Web", "joint anti-drug operation", "совместная антинаркотическая операция", false, ["drug trafficking"],
            "combating drug trafficking along the main smuggling routes"),
    ];

    public static Headlines Compose(ReleaseDraft d)
    {
        var kind = d.Dice.Pick(Kinds);
        var name = $"{kind.Name}-{d.Year.ToString(CultureInfo.InvariantCulture)}";
        var host = d.Dice.Pick(Phrases.Members(d.Year));
        var city = kind.HasPlace ? d.Dice.Pick(Cities.In(host)) : null;
        var end = d.Date.AddDays(kind.HasPlace ? d.Dice.Between(3, 9) : d.Dice.Between(20, 75));
        d.Topics(kind.Topics);

        var where = city is null ? "" : d.Dice.Chance(0.5) ? $" near {d.Place(city)}" : $" in {d.Place(city)}, {d.AnyCountryForm(host)}";
        d.Paragraph(d.Dice.Next(2) switch
        {
            0 => $"The {kind.Description} {name} of the competent authorities of the {d.Acronym(Organisations.Sco)} member states took place{where} {d.Span(d.Date, end)}.",
            _ => $"{d.Span(d.Date, end).Replace("from", "From", StringComparison.Ordinal)}, the {d.Acronym(Organisations.Sco)} member states held the {kind.Description} {name}{where}.",
        });
        d.Event($"{Phrases.Capitalise(kind.Description)} {name}", ReleaseDraft.Iso(d.Date), ReleaseDraft.Iso(end), city?.Name, null, primary: true);
        d.Paragraph($"The {(kind.HasPlace ? "exercise" : "operation")} was aimed at {kind.Aim}.");

        var participants = d.Dice.PickDistinct(Phrases.Members(d.Year), d.Dice.Between(3, 6)).Select(c => d.AnyCountryForm(c)).ToList();
        d.Paragraph($"Units and observers from {Phrases.And(participants)} took part.");

        if (d.Year >= 2004)
        {
            var director = d.World.RatsDirector(d.Year);
            if (d.Admit(director))
            {
                d.Paragraph($"{d.Introduce(director, Phrases.RatsDirectorTitle(d))} noted that the {(kind.HasPlace ? "exercise" : "operation")} had confirmed the high level of cooperation between the {d.Acronym(Organisations.Sco)} member states.");
                if (d.Dice.Chance(0.5))
                    d.Paragraph($"{d.Again(director)} said the results would be reported to the {d.AnyName(Organisations.RatsCouncil)} at its next meeting.");
            }
        }
        if (!kind.HasPlace)
        {
            var seized = d.Dice.Between(2, 40) * 100;
            d.Paragraph(kind.Name == "Spider Web"
                ? $"During the operation, more than {seized} kilograms of narcotic drugs were seized and {d.Dice.Between(20, 300)} drug trafficking channels were cut off."
                : $"During the operation, {d.Dice.Between(50, 900)} violators of the state border were detained and {d.Dice.Between(3, 60)} firearms were seized.");
        }
        var previous = d.Date.AddYears(-d.Dice.Between(1, 3));
        if (previous.Year >= 2002 && d.Dice.Chance(0.4))
        {
            var previousCity = kind.HasPlace ? d.Dice.Pick(Cities.In(d.Dice.Pick(Phrases.Members(previous.Year)))) : null;
            var previousName = $"{kind.Name}-{previous.Year.ToString(CultureInfo.InvariantCulture)}";
            if (previousName != name)
            {
                d.Event($"{Phrases.Capitalise(kind.Description)} {previousName}", previous.Year.ToString(CultureInfo.InvariantCulture), null, previousCity?.Name, null);
                d.Paragraph(previousCity is null
                    ? $"The previous operation, {previousName}, was conducted in {previous.Year}."
                    : $"The previous exercise, {previousName}, was held in {d.Place(previousCity)} in {previous.Year}.");
            }
        }

        var headline = d.Dice.Next(3) switch
        {
            0 => $"{d.Acronym(Organisations.Sco)} {kind.Description} {name} completed",
            1 when city is not null => $"{Phrases.Capitalise(kind.Description)} {name} held in {d.Country(host)}",
            _ => $"{Phrases.Capitalise(kind.Description)} {name} of {d.Acronym(Organisations.Sco)} member states",
        };
        return new Headlines(headline, $"Завершилась {kind.RussianDescription} государств – членов {d.RussianSco()} «{name}»");
    }
}
