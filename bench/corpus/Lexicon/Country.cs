namespace ScoGraphQL.Bench.Corpus.Lexicon;

/// <summary>How a release may name a country; <see cref="Name"/> is the short name the gold file uses.</summary>
public sealed record Country(string Name, string OfficialName, string Adjective, NameOrigin People, int MemberSince, int ObserverSince = 0, int PartnerSince = 0)
{
    /// <summary>The country's standing in the SCO in a given year, as the releases of that year would describe it.</summary>
    public Standing StandingIn(int year) =>
        MemberSince != 0 && year >= MemberSince ? Standing.Member
        : ObserverSince != 0 && year >= ObserverSince ? Standing.Observer
        : PartnerSince != 0 && year >= PartnerSince ? Standing.DialoguePartner
        : Standing.None;
}

public enum Standing { None, DialoguePartner, Observer, Member }

/// <summary>Which list of first and family names a country's people are drawn from.</summary>
public enum NameOrigin { Chinese, Russian, Kazakh, Kyrgyz, Tajik, Uzbek, Indian, Pakistani, Iranian, Belarusian, Mongolian, Afghan, Caucasian, SouthEastAsian, Arab, SouthAsian }

/// <summary>SCO members, observers and dialogue partners with the years they reached that standing.</summary>
public static class Countries
{
    public static readonly Country China = new("China", "People's Republic of China", "Chinese", NameOrigin.Chinese, 2001);
    public static readonly Country Russia = new("Russia", "Russian Federation", "Russian", NameOrigin.Russian, 2001);
    public static readonly Country Kazakhstan = new("Kazakhstan", "Republic of Kazakhstan", "Kazakh", NameOrigin.Kazakh, 2001);
    public static readonly Country Kyrgyzstan = new("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz", NameOrigin.Kyrgyz, 2001);
    public static readonly Country Tajikistan = new("Tajikistan", "Republic of Tajikistan", "Tajik", NameOrigin.Tajik, 2001);
    public static readonly Country Uzbekistan = new("Uzbekistan", "Republic of Uzbekistan", "Uzbek", NameOrigin.Uzbek, 2001);
    public static readonly Country India = new("India", "Republic of India", "Indian", NameOrigin.Indian, 2017, ObserverSince: 2005);
    public static readonly Country Pakistan = new("Pakistan", "Islamic Republic of Pakistan", "Pakistani", NameOrigin.Pakistani, 2017, ObserverSince: 2005);
    public static readonly Country Iran = new("Iran", "Islamic Republic of Iran", "Iranian", NameOrigin.Iranian, 2023, ObserverSince: 2005);
    public static readonly Country Belarus = new("Belarus", "Republic of Belarus", "Belarusian", NameOrigin.Belarusian, 2024, ObserverSince: 2015, PartnerSince: 2009);
    public static readonly Country Mongolia = new("Mongolia", "Mongolia", "Mongolian", NameOrigin.Mongolian, 0, ObserverSince: 2004);
    public static readonly Country Afghanistan = new("Afghanistan", "Islamic Republic of Afghanistan", "Afghan", NameOrigin.Afghan, 0, ObserverSince: 2012);
    public static readonly Country Azerbaijan = new("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani", NameOrigin.Caucasian, 0, PartnerSince: 2015);
    public static readonly Country Armenia = new("Armenia", "Republic of Armenia", "Armenian", NameOrigin.Caucasian, 0, PartnerSince: 2015);
    public static readonly Country Cambodia = new("Cambodia", "Kingdom of Cambodia", "Cambodian", NameOrigin.SouthEastAsian, 0, PartnerSince: 2015);
    public static readonly Country Nepal = new("Nepal", "Federal Democratic Republic of Nepal", "Nepalese", NameOrigin.SouthAsian, 0, PartnerSince: 2015);
    public static readonly Country SriLanka = new("Sri Lanka", "Democratic Socialist Republic of Sri Lanka", "Sri Lankan", NameOrigin.SouthAsian, 0, PartnerSince: 2009);
    public static readonly Country Egypt = new("Egypt", "Arab Republic of Egypt", "Egyptian", NameOrigin.Arab, 0, PartnerSince: 2022);
    public static readonly Country Qatar = new("Qatar", "State of Qatar", "Qatari", NameOrigin.Arab, 0, PartnerSince: 2022);
    public static readonly Country Kuwait = new("Kuwait", "State of Kuwait", "Kuwaiti", NameOrigin.Arab, 0, PartnerSince: 2023);
    public static readonly Country Myanmar = new("Myanmar", "Republic of the Union of Myanmar", "Myanmar", NameOrigin.SouthEastAsian, 0, PartnerSince: 2023);
    public static readonly Country Maldives = new("Maldives", "Republic of Maldives", "Maldivian", NameOrigin.SouthAsian, 0, PartnerSince: 2023);
    public static readonly Country Laos = new("Laos", "Lao People's Democratic Republic", "Lao", NameOrigin.SouthEastAsian, 0, PartnerSince: 2025);

    public static readonly IReadOnlyList<Country> All =
    [
        China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, India, Pakistan, Iran, Belarus, Mongolia, Afghanistan,
        Azerbaijan, Armenia, Cambodia, Nepal, SriLanka, Egypt, Qatar, Kuwait, Myanmar, Maldives, Laos,
    ];

    public static IReadOnlyList<Country> WithStanding(Standing standing, int year) => All.Where(c => c.StandingIn(year) == standing).ToList();
}
