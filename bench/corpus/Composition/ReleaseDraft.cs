using System.Globalization;
using ScoGraphQL.Bench.Corpus.Gold;
using ScoGraphQL.Bench.Corpus.Lexicon;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>
/// One release being written. Every method that returns text for the release also records, at that moment, what a
/// careful annotator would mark for it (../shared/gold/README.md), so the gold file is built from the very choices
/// that produced the text and cannot drift from it.
/// </summary>
public sealed partial class ReleaseDraft(World world, Dice dice, DateOnly date)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly List<string> _paragraphs = [];
    private readonly Dictionary<string, (List<string> Aliases, List<string> Roles)> _persons = [];
    private readonly List<string> _personOrder = [];
    private readonly HashSet<string> _familyNames = [];
    private readonly Dictionary<string, (List<string> Acronyms, List<string> Aliases)> _organisations = [];
    private readonly List<string> _organisationOrder = [];
    private readonly Dictionary<string, List<string>> _countries = [];
    private readonly List<string> _countryOrder = [];
    private readonly List<GoldPlace> _places = [];
    private readonly List<GoldEvent> _events = [];
    private readonly List<GoldDocument> _documents = [];
    private readonly List<string> _topics = [];
    private readonly DateStyle _dateStyle = DateStyles.Pick(dice);

    public World World { get; } = world;
    public Dice Dice { get; } = dice;

    /// <summary>The date of the release's primary event.</summary>
    public DateOnly Date { get; } = date;

    public int Year => Date.Year;

    /// <summary>Whether the site shows a Russian headline under the English one (decided before writing, since it names the SCO).</summary>
    public bool HasRussianHeadline { get; } = dice.Chance(0.3);

    /// <summary>"ШОС" for a Russian headline; the README lists it among the SCO's acronyms.</summary>
    public string RussianSco() => HasRussianHeadline ? OrganisationForm(Organisations.Sco, "ШОС") : "ШОС";

    public IReadOnlyList<string> Paragraphs => _paragraphs;

    public void Paragraph(params string[] sentences) => _paragraphs.Add(string.Join(" ", sentences.Where(s => s.Length > 0)));

    // ---- countries and places

    public string Country(Country country) => CountryForm(country, country.Name);

    /// <summary>The official name with the article it takes in running text: "the Kyrgyz Republic", "Mongolia".</summary>
    public string CountryOfficial(Country country) =>
        country.OfficialName == country.Name ? CountryForm(country, country.Name) : "the " + CountryForm(country, country.OfficialName);

    public string CountryAdjective(Country country) => CountryForm(country, country.Adjective);

    /// <summary>Short, official or adjective, as a writer varies them.</summary>
    public string AnyCountryForm(Country country) => Dice.Next(4) switch
    {
        0 => CountryOfficial(country),
        _ => Country(country),
    };

    private string CountryForm(Country country, string form)
    {
        if (!_countries.TryGetValue(country.Name, out var forms))
        {
            _countries[country.Name] = forms = [];
            _countryOrder.Add(country.Name);
        }
        if (!forms.Contains(form)) forms.Add(form);
        return form;
    }

    public string Place(City city)
    {
        if (!_places.Any(p => p.Name == city.Name)) _places.Add(new GoldPlace(city.Name, city.Country.Name));
        return city.Name;
    }

    public string Region(string region)
    {
        if (!_places.Any(p => p.Name == region)) _places.Add(new GoldPlace(region, null));
        return region;
    }

    // ---- organisations

    public string Organisation(Organisation body) => OrganisationForm(body, body.Name);

    public string Acronym(Organisation body) => OrganisationForm(body, body.Acronym ?? body.Name);

    /// <summary>"Full Name (ACR)": the acronym is defined in parentheses, as releases do at first mention.</summary>
    public string Defined(Organisation body) =>
        body.Acronym is null ? Organisation(body) : $"{Organisation(body)} ({Acronym(body)})";

    /// <summary>The defined form at first mention, the acronym afterwards.</summary>
    public string Mention(Organisation body) =>
        body.Acronym is not null && _organisations.ContainsKey(body.Name) ? Acronym(body) : Defined(body);

    public string Variant(Organisation body, int index) => OrganisationForm(body, body.Variants[index % body.Variants.Length]);

    /// <summary>The canonical name or one of its variants.</summary>
    public string AnyName(Organisation body) =>
        body.Variants.Length == 0 || Dice.Chance(0.5) ? Organisation(body) : Variant(body, Dice.Next(body.Variants.Length));

    private string OrganisationForm(Organisation body, string form)
    {
        if (!_organisations.TryGetValue(body.Name, out var entry))
        {
            _organisations[body.Name] = entry = ([], []);
            _organisationOrder.Add(body.Name);
        }
        var list = form == body.Acronym || form == "ШОС" ? entry.Acronyms : form == body.Name ? null : entry.Aliases;
        if (list is not null && !list.Contains(form)) list.Add(form);
        if (body.Parent is { ListedInsideBodies: true } parent)
        {
            if (form.Contains(parent.Name, StringComparison.Ordinal)) OrganisationForm(parent, parent.Name);
            else if (parent.Acronym is { } acronym && ContainsWord(form, acronym)) OrganisationForm(parent, acronym);
        }
        return form;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    // ---- people

    /// <summary>
    /// Reserves a person for this release. Refused when someone else here already has the same family name, so that
    /// "Mr Ivanov" always points at one person.
    /// </summary>
    public bool Admit(PersonName person) =>
        _persons.ContainsKey(person.Full) || (!_familyNames.Contains(person.Family) && Reserve(person));

    private bool Reserve(PersonName person)
    {
        _familyNames.Add(person.Family);
        _persons[person.Full] = ([], []);
        return true;
    }

    public bool IsIntroduced(PersonName person) => _personOrder.Contains(person.Full);

    /// <summary>"Title Name", the usual first mention; the title is recorded as a role as written.</summary>
    public string Introduce(PersonName person, string title) => $"{Role(person, title)} {Name(person)}";

    /// <summary>"Name, Title": the appositive first mention.</summary>
    public string IntroduceAppositive(PersonName person, string title) => $"{Name(person)}, {Role(person, title)}";

    public string Name(PersonName person)
    {
        if (!_persons.ContainsKey(person.Full) && !Admit(person))
            throw new InvalidOperationException($"{person.Full} was not admitted: another person here is called {person.Family}.");
        if (!_personOrder.Contains(person.Full)) _personOrder.Add(person.Full);
        return person.Full;
    }

    /// <summary>A later mention: "Mr Norov" or the full name again.</summary>
    public string Again(PersonName person)
    {
        if (!IsIntroduced(person)) return Name(person);
        if (Dice.Chance(0.4)) return person.Full;
        var aliases = _persons[person.Full].Aliases;
        if (!aliases.Contains(person.Honorific)) aliases.Add(person.Honorific);
        return person.Honorific;
    }

    /// <summary>
    /// A title used for a named person ("the Secretary-General said"); the README adds it to their roles. An acronym
    /// defined in passing is not part of the title: "Director of the SCO Regional Anti-Terrorist Structure (RATS)" is
    /// the role "Director of the SCO Regional Anti-Terrorist Structure", as in 002.
    /// </summary>
    public string Role(PersonName person, string title)
    {
        if (!_persons.ContainsKey(person.Full) && !Admit(person))
            throw new InvalidOperationException($"{person.Full} was not admitted.");
        var roles = _persons[person.Full].Roles;
        var role = DefinedAcronym().Replace(title, "");
        if (!roles.Contains(role)) roles.Add(role);
        return title;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" \([A-Z]{2,}\)")]
    private static partial System.Text.RegularExpressions.Regex DefinedAcronym();

    // ---- events, documents, topics

    public void Event(string name, string? start, string? end, string? place, string? format, bool primary = false) =>
        _events.Add(new GoldEvent(name, start, end, place, format, primary));

    public string Document(string title, string kind, string? number = null, string? date = null)
    {
        if (!_documents.Any(d => d.Title == title)) _documents.Add(new GoldDocument(title, kind, number, date));
        return title;
    }

    public void Topics(params string[] labels)
    {
        foreach (var label in labels)
            if (!_topics.Contains(label)) _topics.Add(label);
    }

    // ---- dates as this release writes them

    /// <summary>A full date in the release's house style: "10 March 2020", "November 10, 2020" or "15 September, 2020".</summary>
    public string Day(DateOnly day) => _dateStyle switch
    {
        DateStyle.MonthFirst => day.ToString("MMMM d, yyyy", English),
        DateStyle.CommaBeforeYear => day.ToString("d MMMM, yyyy", English),
        _ => day.ToString("d MMMM yyyy", English),
    };

    /// <summary>"from 1 to 5 September 2023", "from 28 February to 3 March 2023", across years in full.</summary>
    public string Span(DateOnly start, DateOnly end) =>
        start.Year != end.Year ? $"from {Day(start)} to {Day(end)}"
        : start.Month != end.Month ? $"from {start.ToString("d MMMM", English)} to {end.ToString("d MMMM yyyy", English)}"
        : $"from {start.Day} to {end.ToString("d MMMM yyyy", English)}";

    public static string MonthName(int month) => CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoMonth(int year, int month) => $"{year:D4}-{month:D2}";

    // ---- the result

    public IReadOnlyList<GoldPerson> Persons => _personOrder.Select(n => new GoldPerson(n, _persons[n].Aliases, _persons[n].Roles)).ToList();

    public GoldRelease ToGold(string doc, string title, IReadOnlyList<GoldAlternateTitle> alternateTitles, string? publishedAt, IReadOnlyList<string> dataQuality) =>
        new(doc, title, alternateTitles, publishedAt,
            _events.Single(e => e.IsPrimary).StartDate,
            Persons,
            _organisationOrder.Select(n => new GoldOrganization(n, _organisations[n].Acronyms, _organisations[n].Aliases)).ToList(),
            _countryOrder.Select(n => new GoldCountry(n, _countries[n])).ToList(),
            _places, _events, _documents, _topics, dataQuality);
}
