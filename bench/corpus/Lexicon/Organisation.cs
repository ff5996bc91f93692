namespace ScoGraphQL.Bench.Corpus.Lexicon;

/// <summary>
/// A body the releases name. <see cref="Name"/> is the canonical name the gold file uses (the fullest proper form);
/// <see cref="Variants"/> are other wordings a release may use, which the gold lists as aliases when they occur.
/// </summary>
public sealed record Organisation(string Name, string? Acronym = null, params string[] Variants)
{
    /// <summary>The body this one belongs to; the README lists a parent whenever a release names it, even inside the body's name.</summary>
    public Organisation? Parent { get; init; }

    /// <summary>
    /// False for a system whose name only completes its bodies' names ("United Nations Office on Drugs and Crime",
    /// "Food and Agriculture Organization of the United Nations"): the blind gold sets list the body alone there.
    /// </summary>
    public bool ListedInsideBodies { get; init; } = true;
}

public static class Organisations
{
    // The SCO and its bodies.
    public static readonly Organisation Sco = new("Shanghai Cooperation Organisation", "SCO");
    public static readonly Organisation Secretariat = new("SCO Secretariat", null, "Secretariat of the Shanghai Cooperation Organisation") { Parent = Sco };
    public static readonly Organisation HeadsOfState = new("SCO Heads of State Council", null,
        "Council of Heads of State of the SCO Member States", "SCO Council of Heads of State", "Council of Heads of State of the Shanghai Cooperation Organisation") { Parent = Sco };
    public static readonly Organisation HeadsOfGovernment = new("SCO Council of Heads of Government", null,
        "Council of Heads of Government of the SCO Member States", "SCO Heads of Government Council") { Parent = Sco };
    public static readonly Organisation ForeignMinisters = new("SCO Council of Foreign Ministers", null,
        "Council of Ministers of Foreign Affairs of the SCO Member States", "SCO Foreign Ministers Council") { Parent = Sco };
    public static readonly Organisation NationalCoordinators = new("SCO Council of National Coordinators", null, "Council of National Coordinators") { Parent = Sco };
    public static readonly Organisation Rats = new("SCO Regional Anti-Terrorist Structure", "RATS", "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation") { Parent = Sco };
    public static readonly Organisation RatsExecutiveCommittee = new("RATS Executive Committee", null, "Executive Committee of the SCO Regional Anti-Terrorist Structure") { Parent = Rats };
    public static readonly Organisation RatsCouncil = new("RATS Council", null, "Council of the SCO Regional Anti-Terrorist Structure") { Parent = Rats };
    public static readonly Organisation BusinessCouncil = new("SCO Business Council") { Parent = Sco };
    public static readonly Organisation EnergyClub = new("SCO Energy Club") { Parent = Sco };
    public static readonly Organisation YouthCouncil = new("SCO Youth Council") { Parent = Sco };

    // The United Nations and its bodies.
    public static readonly Organisation Un = new("United Nations", "UN") { ListedInsideBodies = false };
    public static readonly Organisation GeneralAssembly = new("UN General Assembly", null, "United Nations General Assembly") { Parent = Un };
    public static readonly Organisation SecurityCouncil = new("UN Security Council", null, "United Nations Security Council") { Parent = Un };
    public static readonly Organisation Unodc = new("United Nations Office on Drugs and Crime", "UNODC", "UN Office on Drugs and Crime") { Parent = Un };
    public static readonly Organisation Unoct = new("United Nations Office of Counter-Terrorism", "UNOCT", "UN Office of Counter-Terrorism") { Parent = Un };
    public static readonly Organisation Escap = new("United Nations Economic and Social Commission for Asia and the Pacific", "ESCAP") { Parent = Un };
    public static readonly Organisation Unesco = new("United Nations Educational, Scientific and Cultural Organization", "UNESCO") { Parent = Un };
    public static readonly Organisation Fao = new("Food and Agriculture Organization of the United Nations", "FAO") { Parent = Un };
    public static readonly Organisation Who = new("World Health Organization", "WHO");
    public static readonly Organisation Unrcca = new("United Nations Regional Centre for Preventive Diplomacy for Central Asia", "UNRCCA") { Parent = Un };

    // Regional and international partners.
    public static readonly Organisation Csto = new("Collective Security Treaty Organization", "CSTO");
    public static readonly Organisation Cis = new("Commonwealth of Independent States", "CIS");
    public static readonly Organisation Asean = new("Association of Southeast Asian Nations", "ASEAN");
    public static readonly Organisation Eaeu = new("Eurasian Economic Union", "EAEU");
    public static readonly Organisation Cica = new("Conference on Interaction and Confidence Building Measures in Asia", "CICA");
    public static readonly Organisation Eco = new("Economic Cooperation Organization", "ECO");
    public static readonly Organisation Aiib = new("Asian Infrastructure Investment Bank", "AIIB");
    public static readonly Organisation Icrc = new("International Committee of the Red Cross", "ICRC");
    public static readonly Organisation Iom = new("International Organization for Migration", "IOM");

    /// <summary>Partners whose heads meet the SCO Secretary-General and sign memoranda with the Secretariat.</summary>
    public static readonly IReadOnlyList<Organisation> Partners = [Unodc, Unoct, Escap, Unesco, Fao, Who, Unrcca, Csto, Cis, Asean, Eaeu, Cica, Eco, Aiib, Icrc, Iom];
}
