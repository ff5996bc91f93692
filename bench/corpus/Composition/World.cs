using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// Who holds which office in which year, derived from the corpus seed: the same invented minister appears in every
/// release of their term, as real office-holders do, so cross-release resolution has something to resolve.
/// </summary>
public sealed class World(int seed)
{
    /// <summary>The SCO Secretariat opened in 2004; earlier releases have no Secretary-General.</summary>
    public const int SecretariatOpened = 2004;

    private static readonly Country[] SecretaryGeneralRotation =
        [Countries.China, Countries.Kazakhstan, Countries.Kyrgyzstan, Countries.Russia, Countries.Tajikistan, Countries.Uzbekistan, Countries.India, Countries.Pakistan];

    public PersonName Holder(string office, Country country, int year, int termYears)
    {
        var term = (year - 2001) / termYears;
        return Names.Invent(country.People, Dice.For(seed, $"{office}:{country.Name}", term));
    }

    public PersonName HeadOfState(Country country, int year) => Holder("head-of-state", country, year, 6);

    public PersonName HeadOfGovernment(Country country, int year) => Holder("head-of-government", country, year, 4);

    public PersonName Minister(string portfolio, Country country, int year) => Holder($"minister:{portfolio}", country, year, 4);

    public (PersonName Name, Country Country)? SecretaryGeneral(int year)
    {
        if (year < SecretariatOpened) return null;
        var term = (year - SecretariatOpened) / 3;
        var country = SecretaryGeneralRotation[term % SecretaryGeneralRotation.Length];
        return (Names.Invent(country.People, Dice.For(seed, "sco-secretary-general", term), allowFemale: false), country);
    }

    public PersonName DeputySecretaryGeneral(int year, int seat)
    {
        var term = (year - SecretariatOpened) / 3;
        var country = SecretaryGeneralRotation[(term + seat + 1) % SecretaryGeneralRotation.Length];
        return Names.Invent(country.People, Dice.For(seed, $"sco-deputy-{seat}", term));
    }

    public PersonName RatsDirector(int year)
    {
        var term = (year - 2001) / 3;
        var country = SecretaryGeneralRotation[(term + 3) % 6];
        return Names.Invent(country.People, Dice.For(seed, "rats-director", term), allowFemale: false);
    }

    public PersonName PartnerHead(Organisation organisation, int year)
    {
        var origins = Enum.GetValues<NameOrigin>();
        var term = (year - 2001) / 5;
        var dice = Dice.For(seed, $"partner-head:{organisation.Name}", term);
        return Names.Invent(origins[dice.Next(origins.Length)], dice);
    }
}
