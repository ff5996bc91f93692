namespace ScoGraphQL.Bench.Corpus.Lexicon;

public sealed record City(string Name, Country Country, bool IsCapital = false);

/// <summary>Real cities of the SCO region where meetings, forums and exercises are plausibly held.</summary>
public static class Cities
{
    private static readonly Dictionary<Country, string[]> ByCountry = new()
    {
        [Countries.China] = ["Beijing", "Shanghai", "Qingdao", "Xiamen", "Tianjin", "Chongqing", "Xi'an", "Urumqi", "Kunming", "Harbin", "Chengdu", "Guangzhou", "Nanning", "Dalian", "Hangzhou", "Lianyungang"],
        [Countries.Russia] = ["Moscow", "Saint Petersburg", "Yekaterinburg", "Ufa", "Kazan", "Novosibirsk", "Chelyabinsk", "Orenburg", "Sochi", "Vladivostok", "Nizhny Novgorod", "Samara", "Krasnodar", "Irkutsk"],
        [Countries.Kazakhstan] = ["Astana", "Almaty", "Shymkent", "Aktau", "Karaganda", "Turkistan", "Atyrau"],
        [Countries.Kyrgyzstan] = ["Bishkek", "Osh", "Cholpon-Ata", "Karakol"],
        [Countries.Tajikistan] = ["Dushanbe", "Khujand", "Kulob", "Bokhtar"],
        [Countries.Uzbekistan] = ["Tashkent", "Samarkand", "Bukhara", "Khiva", "Namangan", "Andijan", "Termez", "Nukus"],
        [Countries.India] = ["New Delhi", "Mumbai", "Goa", "Bengaluru", "Kolkata", "Chennai", "Hyderabad", "Varanasi", "Jaipur"],
        [Countries.Pakistan] = ["Islamabad", "Karachi", "Lahore", "Peshawar"],
        [Countries.Iran] = ["Tehran", "Isfahan", "Mashhad", "Shiraz", "Tabriz"],
        [Countries.Belarus] = ["Minsk", "Brest", "Gomel", "Vitebsk", "Grodno"],
        [Countries.Mongolia] = ["Ulaanbaatar"],
        [Countries.Azerbaijan] = ["Baku"],
        [Countries.Armenia] = ["Yerevan"],
        [Countries.Cambodia] = ["Phnom Penh"],
        [Countries.Nepal] = ["Kathmandu"],
        [Countries.SriLanka] = ["Colombo"],
        [Countries.Egypt] = ["Cairo"],
        [Countries.Qatar] = ["Doha"],
        [Countries.Myanmar] = ["Naypyidaw"],
        [Countries.Laos] = ["Vientiane"],
    };

    /// <summary>Cities outside the region where the SCO takes part in events (the UN's seats).</summary>
    public static readonly City NewYork = new("New York", new Country("United States", "United States of America", "American", NameOrigin.Russian, 0));
    public static readonly City Geneva = new("Geneva", new Country("Switzerland", "Swiss Confederation", "Swiss", NameOrigin.Russian, 0));
    public static readonly City Vienna = new("Vienna", new Country("Austria", "Republic of Austria", "Austrian", NameOrigin.Russian, 0));

    public static readonly IReadOnlyList<City> All = ByCountry
        .SelectMany(kv => kv.Value.Select((name, i) => new City(name, kv.Key, IsCapital: i == 0)))
        .ToList();

    public static IReadOnlyList<City> In(Country country) => All.Where(c => c.Country == country).ToList();

    public static City? Capital(Country country) => All.FirstOrDefault(c => c.Country == country && c.IsCapital);

    /// <summary>Regions the releases name; the gold file gives them no country.</summary>
    public static readonly IReadOnlyList<string> Regions = ["Central Asia", "Eurasia", "South Asia"];
}
