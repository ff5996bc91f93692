using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>Small pieces of wording shared by the scenarios: lists, titles of office, member states.</summary>
internal static class Phrases
{
    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static IReadOnlyList<Country> Members(int year) => Countries.WithStanding(Standing.Member, year);

    public static IReadOnlyList<Country> Observers(int year) => Countries.WithStanding(Standing.Observer, year);

    public static IReadOnlyList<Country> Partners(int year) => Countries.WithStanding(Standing.DialoguePartner, year);

    /// <summary>The title of a country's leader at a summit, in one of the ways releases write it.</summary>
    public static string HeadOfStateTitle(ReleaseDraft d, Country country)
    {
        var office = country == Countries.India || country == Countries.Pakistan ? "Prime Minister" : "President";
        return d.Dice.Next(5) switch
        {
            0 => $"{d.CountryAdjective(country)} {office}",
            1 => $"{office} of {d.CountryOfficial(country)}",
            2 when country == Countries.China => $"Chairman of {d.CountryOfficial(country)}",
            _ => $"{office} of {d.Country(country)}",
        };
    }

    public static string HeadOfGovernmentTitle(ReleaseDraft d, Country country) => d.Dice.Next(4) switch
    {
        0 when country == Countries.China => $"Premier of the State Council of {d.CountryOfficial(country)}",
        0 => $"{d.CountryAdjective(country)} Prime Minister",
        1 when country == Countries.Russia => $"Chairman of the Government of {d.CountryOfficial(country)}",
        1 => $"Prime Minister of {d.CountryOfficial(country)}",
        _ => $"Prime Minister of {d.Country(country)}",
    };

    /// <summary>"Minister of Foreign Affairs of Kazakhstan", "Kazakh Foreign Minister", "Foreign Minister of the Republic of Kazakhstan".</summary>
    public static string MinisterTitle(ReleaseDraft d, Portfolio portfolio, Country country) => d.Dice.Next(5) switch
    {
        0 => $"{d.CountryAdjective(country)} {portfolio.ShortTitle}",
        1 => $"{portfolio.LongTitle} of {d.CountryOfficial(country)}",
        2 => $"{portfolio.ShortTitle} of {d.Country(country)}",
        _ => $"{portfolio.LongTitle} of {d.Country(country)}",
    };

    public static string SecretaryGeneralTitle(ReleaseDraft d) => d.Dice.Next(6) switch
    {
        0 => $"Secretary-General of the {d.Organisation(Organisations.Sco)}",
        1 => $"Secretary-General of the {d.Acronym(Organisations.Sco)}",
        _ => $"{d.Acronym(Organisations.Sco)} Secretary-General",
    };

    /// <summary>The Secretary-General introduced by title and name, or null before the Secretariat existed.</summary>
    public static string? SecretaryGeneral(ReleaseDraft d, out PersonName? person)
    {
        person = d.World.SecretaryGeneral(d.Year)?.Name;
        if (person is null || !d.Admit(person))
        {
            person = null;
            return null;
        }
        return d.IsIntroduced(person) ? d.Again(person) : d.Introduce(person, SecretaryGeneralTitle(d));
    }

    public static string RatsDirectorTitle(ReleaseDraft d) => d.Dice.Next(3) switch
    {
        0 => $"Director of the {d.Variant(Organisations.RatsExecutiveCommittee, 0)}",
        1 => $"Director of the {d.Organisation(Organisations.RatsExecutiveCommittee)}",
        _ => $"Director of the {d.Defined(Organisations.Rats)}",
    };
}

/// <summary>A ministry's portfolio with how releases title its minister and name its meeting.</summary>
public sealed record Portfolio(string Key, string LongTitle, string ShortTitle, string MeetingOf, string Field, string Russian, string Agenda, string[] Topics)
{
    public static readonly Portfolio ForeignAffairs = new("foreign-affairs", "Minister of Foreign Affairs", "Foreign Minister", "Ministers of Foreign Affairs", "Foreign Policy", "министров иностранных дел", "the international and regional situation and strengthening regional security", ["security"]);
    public static readonly Portfolio Defence = new("defence", "Minister of Defence", "Defence Minister", "Defence Ministers", "Defence", "министров обороны", "strengthening regional security and military cooperation", ["security"]);
    public static readonly Portfolio Transport = new("transport", "Minister of Transport", "Transport Minister", "Ministers of Transport", "Transport", "министров транспорта", "the development of international transport corridors and connectivity", ["connectivity"]);
    public static readonly Portfolio Energy = new("energy", "Minister of Energy", "Energy Minister", "Energy Ministers", "Energy", "министров энергетики", "energy security and the use of renewable energy sources", ["energy"]);
    public static readonly Portfolio Culture = new("culture", "Minister of Culture", "Culture Minister", "Ministers of Culture", "Culture", "министров культуры", "cultural exchanges and the protection of cultural heritage", ["culture"]);
    public static readonly Portfolio Education = new("education", "Minister of Education", "Education Minister", "Ministers of Education", "Education", "министров образования", "cooperation in education, academic mobility and youth exchanges", ["education", "youth"]);
    public static readonly Portfolio Health = new("health", "Minister of Health", "Health Minister", "Ministers of Health", "Healthcare", "министров здравоохранения", "cooperation in healthcare and the prevention of epidemics", ["healthcare", "epidemics"]);
    public static readonly Portfolio Agriculture = new("agriculture", "Minister of Agriculture", "Agriculture Minister", "Ministers of Agriculture", "Agriculture", "министров сельского хозяйства", "cooperation in agriculture and food supply", ["agriculture"]);
    public static readonly Portfolio Justice = new("justice", "Minister of Justice", "Justice Minister", "Ministers of Justice", "Justice", "министров юстиции", "legal assistance and the exchange of experience between justice ministries", []);
    public static readonly Portfolio Economy = new("economy", "Minister of Economy", "Economy Minister", "Ministers of Economy and Trade", "Economy and Trade", "министров экономики и торговли", "trade facilitation and the development of the digital economy", ["economy", "digital economy"]);
    public static readonly Portfolio Emergencies = new("emergencies", "Minister of Emergency Situations", "Emergencies Minister", "Heads of Emergency Prevention and Relief Agencies", "Emergency Relief", "руководителей ведомств по чрезвычайным ситуациям", "emergency response and joint relief operations after natural disasters", ["emergency response"]);
    public static readonly Portfolio Interior = new("interior", "Minister of Internal Affairs", "Interior Minister", "Ministers of Internal Affairs", "Law Enforcement", "министров внутренних дел", "combating drug trafficking and illegal migration", ["drug trafficking", "migration"]);

    public static readonly IReadOnlyList<Portfolio> Sectoral = [Defence, Transport, Energy, Culture, Education, Health, Agriculture, Justice, Economy, Emergencies, Interior];
}
