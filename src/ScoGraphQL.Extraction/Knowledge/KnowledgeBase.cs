using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Knowledge;

/// <summary>
/// The gazetteers and vocabularies embedded under Knowledge/, loaded once per process so that extracting one
/// release costs lookups only.
/// </summary>
internal sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static KnowledgeBase Instance => Lazy.Value;

    public Gazetteer<CountryEntry> Countries { get; } = new();
    public Dictionary<string, CountryEntry> CountriesByIso { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Gazetteer<PlaceEntry> Places { get; } = new();
    public HashSet<string> RegionSuffixes { get; } = new(StringComparer.Ordinal);
    /// <summary>"East", "North": before a country's name and a region suffix, they name a region ("East Kazakhstan Region").</summary>
    public HashSet<string> CompassWords { get; } = new(StringComparer.Ordinal);
    public Gazetteer<OrganizationEntry> Organizations { get; } = new();
    public Dictionary<string, OrganizationEntry> OrganizationsByName { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, OrganizationEntry> OrganizationsByAcronym { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<OrganizationEntry>> OrganizationsByBag { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that end the name of a body: "… Council", "… Secretariat", "… Administration". Not "Forum": a "SCO Youth
    /// Forum" is held, it is an event; forums that are bodies ("SCO Forum") are listed by name.
    /// </summary>
    public HashSet<string> OrganizationHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>"Task Force", "Park": nouns that end a body's name only when an acronym is defined for it or a country follows.</summary>
    public HashSet<string> QualifiedHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>"Government", "Cabinet": nouns that name a body only with an "of …" complement.</summary>
    public HashSet<string> ComplementHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>"the Secretariat" alone, by head noun: the genre's home body it means when the release names no other.</summary>
    public Dictionary<string, string> HomeBodies { get; } = new(StringComparer.Ordinal);

    /// <summary>"Ministry": a country adjective before it ("Mongolian Ministry of …") qualifies the body, it is not part of its name.</summary>
    public HashSet<string> StateBodyHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// "Department", "Committee", "Institute": a unit so named with "of the" a parent whose head is one of
    /// <see cref="SubUnitParentHeads"/> ("Department of Legal Affairs of the Ministry of …") is its own body beside the parent.
    /// </summary>
    public HashSet<string> SubUnitHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>"Ministry", "Institute": parents whose sub-units are named without them.</summary>
    public HashSet<string> SubUnitParentHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>"Responsible": after "… of the SCO Member States" it begins the body's remit ("Responsible for …"), still its name.</summary>
    public HashSet<string> RemitAdjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>"Exhibition", "Convention": before a centre's head noun they make it a venue, neither body nor place.</summary>
    public HashSet<string> VenueQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Possessive words that are part of a body's name rather than its owner: "People's Bank of China".</summary>
    public HashSet<string> NamePossessives { get; } = new(StringComparer.Ordinal);

    /// <summary>Bodies whose name at the end of a longer body's name only completes it ("… of the United Nations").</summary>
    public HashSet<string> SystemParents { get; } = new(StringComparer.Ordinal);

    public TitleVocabulary Titles { get; } = new();
    public HashSet<string> TitleWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Honorifics { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Military and police ranks ("Lieutenant General"), each with its number of words.</summary>
    public Gazetteer<int> MilitaryRanks { get; } = new();
    public HashSet<string> WordLikeSurnames { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PortfolioWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> RoleModifiers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> BodyPartWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AppositionBodyNouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AppositionDeterminers { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded modifiers that make another office ("deputy", "vice"): a bare title never stands for one.</summary>
    public HashSet<string> JuniorModifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded wordings of one office, each with the office's folded core: "chairman-of-the-government" → "prime-minister".</summary>
    public List<(string Wording, string Core)> OfficeWordings { get; } = [];
    public Dictionary<string, DocumentKind> DocumentKinds { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Gazetteer<DocumentEntry> Documents { get; } = new();

    /// <summary>"No", "Nos": the abbreviation before a document's number ("Decision No. 7").</summary>
    public HashSet<string> NumberAbbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>Document heads that name a document only after a name of their own ("Sendai Framework").</summary>
    public HashSet<string> NamedHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns after a document head that make it a building ("Convention Centre").</summary>
    public HashSet<string> VenueNouns { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<TopicRule> Topics { get; private set; } = [];

    /// <summary>What may not come right before a topic word ("Ministers of Education"); null when nothing is listed.</summary>
    public Regex? TopicNotAfter { get; private set; }

    /// <summary>Event words by their last word: "table" → ("round table", its words before the last).</summary>
    public Dictionary<string, List<EventTrigger>> EventTriggers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> EventVerbsAfterPerson { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"… will meet in Bishkek in May": verbs that are events right before "in" and a city, whoever the subject.</summary>
    public Dictionary<string, string> EventVerbsBeforeCity { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> EventNotBefore { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"an industrial fair in Chirchiq", not "a fair world order": trigger words that are events only before these words (or punctuation).</summary>
    public Dictionary<string, HashSet<string>> EventNounOnly { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> ThemedPeriods { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Vocabulary { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="Vocabulary"/> lower-cased once and grouped by initial, each group in the vocabulary's order, so a
    /// misspelling check compares a word only with the words that start like it.
    /// </summary>
    public IReadOnlyDictionary<char, (string Word, string Lower)[]> VocabularyByInitial =>
        LazyInitializer.EnsureInitialized(ref _vocabularyByInitial, () => Vocabulary
            .Select(word => (Word: word, Lower: word.ToLowerInvariant()))
            .Where(entry => entry.Lower.Length > 0)
            .GroupBy(entry => entry.Lower[0])
            .ToDictionary(group => group.Key, group => group.ToArray()));

    private IReadOnlyDictionary<char, (string Word, string Lower)[]>? _vocabularyByInitial;
    public IReadOnlyList<ScoStatusPeriod> ScoStatusPeriods { get; private set; } = [];

    /// <summary>English words of seven letters or more (word-list), for telling a misspelling from a rare word.</summary>
    public HashSet<string> EnglishWords => _englishWords.Value;

    private readonly Lazy<HashSet<string>> _englishWords = new(LoadEnglishWords, LazyThreadSafetyMode.ExecutionAndPublication);

    private static HashSet<string> LoadEnglishWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ScoGraphQL.Extraction.Knowledge.english-words.txt.gz")
            ?? throw new InvalidOperationException("Embedded word list is missing.");
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line);
        }
        return words;
    }

    /// <summary>The root body an organisation belongs to (RATS Executive Committee → SCO), or itself.</summary>
    public OrganizationEntry Root(OrganizationEntry entry)
    {
        var current = entry;
        for (var guard = 0; guard < 8 && current.Parent is { } parent && OrganizationsByName.TryGetValue(parent, out var next); guard++)
            current = next;
        return current;
    }

    /// <summary>True when the body <paramref name="key"/> is <paramref name="ancestorKey"/> or one of its bodies (UN DPA within the UN).</summary>
    public bool IsWithin(string key, string ancestorKey, ReleaseDocument document)
    {
        var current = key;
        for (var guard = 0; guard < 8 && current is not null; guard++)
        {
            if (current == ancestorKey) return true;
            current = document.Find(current)?.ParentKey ?? ParentKeys.GetValueOrDefault(current);
        }
        return false;
    }

    private Dictionary<string, string> ParentKeys { get; } = new(StringComparer.Ordinal);

    private static KnowledgeBase Load()
    {
        var kb = new KnowledgeBase();
        kb.LoadCountries();
        kb.LoadPlaces();
        kb.LoadOrganizations();
        kb.LoadTitles();
        kb.LoadDocuments();
        kb.LoadTopics();
        kb.LoadEvents();
        kb.LoadVocabulary();
        kb.LoadScoStatus();
        return kb;
    }

    private void LoadCountries()
    {
        using var doc = Read("countries.json");
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var forms = new List<string> { c.GetProperty("name").GetString()!, c.GetProperty("official").GetString()! };
            forms.AddRange(c.GetProperty("demonyms").EnumerateArray().Select(d => d.GetString()!));
            forms.AddRange(c.GetProperty("alt").EnumerateArray().Select(d => d.GetString()!));
            var entry = new CountryEntry(forms[0], c.GetProperty("iso2").GetString()!, forms);
            CountriesByIso[entry.IsoCode] = entry;
        }
        using var extra = Read("countries-extra.json");
        foreach (var c in extra.RootElement.GetProperty("countries").EnumerateArray())
        {
            var iso = c.GetProperty("iso2").GetString()!;
            if (!CountriesByIso.TryGetValue(iso, out var entry)) continue;
            CountriesByIso[iso] = entry with { Forms = [.. entry.Forms, .. Strings(c, "forms")] };
        }
        foreach (var entry in CountriesByIso.Values)
        {
            foreach (var form in entry.Forms) Countries.Add(form, entry);
        }
    }

    private void LoadPlaces()
    {
        // Curated first: where it names a GeoNames city in English ("Karaganda" for "Karagandy"), its entry wins.
        using var curated = Read("places.json");
        foreach (var w in Strings(curated.RootElement, "regionSuffixes")) RegionSuffixes.Add(w);
        foreach (var w in Strings(curated.RootElement, "compassWords")) CompassWords.Add(w);
        var variants = curated.RootElement.TryGetProperty("nameVariants", out var v)
            ? v.EnumerateArray().Select(set => set.EnumerateArray().Select(w => w.GetString()!).ToArray()).ToArray()
            : [];
        foreach (var p in curated.RootElement.GetProperty("places").EnumerateArray())
        {
            var country = p.TryGetProperty("country", out var iso) && iso.ValueKind == JsonValueKind.String ? iso.GetString() : null;
            AddPlace(WithVariants(new PlaceEntry(p.GetProperty("name").GetString()!, country, Strings(p, "aliases")), variants));
        }
        using var cities = Read("cities.json");
        foreach (var c in cities.RootElement.EnumerateArray())
        {
            // "plain": the name without diacritics ("Urumqi" for "Ürümqi"), as English text writes it.
            var plain = c.TryGetProperty("plain", out var p) ? [p.GetString()!] : Array.Empty<string>();
            AddPlace(WithVariants(new PlaceEntry(c.GetProperty("name").GetString()!, c.GetProperty("iso2").GetString(), plain), variants));
        }
    }

    /// <summary>"Saint Petersburg" also as "St Petersburg" and "St. Petersburg": each name with its first word's variants.</summary>
    private static PlaceEntry WithVariants(PlaceEntry entry, string[][] variants)
    {
        var aliases = new List<string>(entry.Aliases);
        foreach (var form in entry.Aliases.Prepend(entry.Name))
        {
            var space = form.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            var first = form[..space];
            foreach (var set in variants.Where(set => set.Contains(first, StringComparer.Ordinal)))
                aliases.AddRange(set.Where(w => w != first).Select(w => w + form[space..]));
        }
        return aliases.Count == entry.Aliases.Count ? entry : entry with { Aliases = aliases.Distinct(StringComparer.Ordinal).Where(a => a != entry.Name).ToList() };
    }

    private void AddPlace(PlaceEntry entry)
    {
        Places.Add(entry.Name, entry);
        foreach (var alias in entry.Aliases) Places.Add(alias, entry);
    }

    private void LoadOrganizations()
    {
        using var doc = Read("organizations.json");
        foreach (var w in Strings(doc.RootElement, "heads")) OrganizationHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "qualifiedHeads")) QualifiedHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "complementHeads")) ComplementHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "stateBodyHeads")) StateBodyHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "subUnitHeads")) SubUnitHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "subUnitParentHeads")) SubUnitParentHeads.Add(w);
        foreach (var w in Strings(doc.RootElement, "remitAdjectives")) RemitAdjectives.Add(w);
        foreach (var w in Strings(doc.RootElement, "venueQualifiers")) VenueQualifiers.Add(w);
        if (doc.RootElement.TryGetProperty("homeBodies", out var home))
            foreach (var h in home.EnumerateObject()) HomeBodies[h.Name] = h.Value.GetString()!;
        foreach (var w in Strings(doc.RootElement, "namePossessives")) NamePossessives.Add(w);
        foreach (var w in Strings(doc.RootElement, "systemParents")) SystemParents.Add(w);
        foreach (var o in doc.RootElement.GetProperty("organizations").EnumerateArray())
        {
            var entry = new OrganizationEntry(
                o.GetProperty("name").GetString()!,
                o.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
                Strings(o, "acronyms"), Strings(o, "aliases"), Strings(o, "topics"));
            OrganizationsByName[entry.Name] = entry;
            if (entry.Parent is { } parentName)
                ParentKeys[EntityKeys.For(EntityKind.Organization, entry.Name)] = EntityKeys.For(EntityKind.Organization, parentName);
            foreach (var acronym in entry.Acronyms) OrganizationsByAcronym[acronym] = entry;
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                Organizations.Add(name, entry);
            }
        }
        foreach (var entry in OrganizationsByName.Values)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var signature = OrganizationSignature.Of(Tokenizer.Tokenize(name));
                if (signature.Bag.Length == 0) continue;
                if (!OrganizationsByBag.TryGetValue(signature.Bag, out var list)) OrganizationsByBag[signature.Bag] = list = [];
                if (!list.Contains(entry)) list.Add(entry);
            }
        }
    }

    private void LoadTitles()
    {
        using var doc = Read("titles.json");
        foreach (var t in Strings(doc.RootElement, "titles"))
        {
            Titles.AddListed(t);
            foreach (var w in Tokenizer.Tokenize(t)) TitleWords.Add(w.Text);
        }
        foreach (var m in Strings(doc.RootElement, "titleModifiers"))
        {
            Titles.AddModifier(m);
            foreach (var w in Tokenizer.Tokenize(m)) TitleWords.Add(w.Text);
        }
        foreach (var h in Strings(doc.RootElement, "officeHeads"))
        {
            Titles.AddHead(h);
            foreach (var w in Tokenizer.Tokenize(h)) TitleWords.Add(w.Text);
        }
        foreach (var h in Strings(doc.RootElement, "honorifics")) Honorifics.Add(h.TrimEnd('.'));
        foreach (var w in Strings(doc.RootElement, "portfolioWords")) PortfolioWords.Add(w);
        foreach (var w in Strings(doc.RootElement, "wordLikeSurnames")) WordLikeSurnames.Add(w);
        foreach (var w in Strings(doc.RootElement, "roleModifiers")) RoleModifiers.Add(w);
        foreach (var w in Strings(doc.RootElement, "bodyPartWords")) BodyPartWords.Add(w);
        foreach (var w in Strings(doc.RootElement, "appositionBodyNouns")) AppositionBodyNouns.Add(w);
        foreach (var w in Strings(doc.RootElement, "appositionDeterminers")) AppositionDeterminers.Add(w);
        foreach (var r in Strings(doc.RootElement, "militaryRanks")) MilitaryRanks.Add(r, Tokenizer.Tokenize(r).Count);
        foreach (var t in Strings(doc.RootElement, "ofOnlyTitles")) Titles.AddOfOnly(t);
        foreach (var m in Strings(doc.RootElement, "juniorModifiers")) JuniorModifiers.Add(EntityKeys.Fold(m));
        if (doc.RootElement.TryGetProperty("officeWordings", out var offices))
        {
            foreach (var office in offices.EnumerateObject())
            {
                foreach (var wording in office.Value.EnumerateArray()) OfficeWordings.Add((EntityKeys.Fold(wording.GetString()!), EntityKeys.Fold(office.Name)));
            }
        }
    }

    private void LoadDocuments()
    {
        using var doc = Read("documents.json");
        foreach (var k in doc.RootElement.GetProperty("kinds").EnumerateObject())
            DocumentKinds[k.Name] = Enum.Parse<DocumentKind>(k.Value.GetString()!);
        foreach (var a in Strings(doc.RootElement, "numberAbbreviations")) NumberAbbreviations.Add(a);
        foreach (var h in Strings(doc.RootElement, "namedHeads")) NamedHeads.Add(h);
        foreach (var v in Strings(doc.RootElement, "venueNouns")) VenueNouns.Add(v);
        foreach (var d in doc.RootElement.GetProperty("documents").EnumerateArray())
        {
            var entry = new DocumentEntry(d.GetProperty("name").GetString()!, Enum.Parse<DocumentKind>(d.GetProperty("kind").GetString()!), Strings(d, "aliases"));
            foreach (var name in entry.Aliases.Prepend(entry.Name)) Documents.Add(name, entry);
        }
    }

    private void LoadTopics()
    {
        using var doc = Read("topics.json");
        var notBefore = Strings(doc.RootElement, "notBefore") is { Count: > 0 } designations ? "(?!" + string.Join('|', designations) + ")" : "";
        // Checked once per match on the text before it: as a lookbehind in every rule it would run at every position.
        TopicNotAfter = Strings(doc.RootElement, "notAfter") is { Count: > 0 } portfolios
            ? new Regex("(?:" + string.Join('|', portfolios) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)
            : null;
        Topics = doc.RootElement.GetProperty("topics").EnumerateArray()
            .Select(t => new TopicRule(
                t.GetProperty("label").GetString()!,
                new Regex(@"(?<![\p{L}-])(?:" + string.Join('|', Strings(t, "patterns")) + @")(?![\p{L}])" + notBefore,
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
                Needles(Strings(t, "patterns"))))
            .ToList();
    }

    private void LoadEvents()
    {
        using var doc = Read("events.json");
        foreach (var t in doc.RootElement.GetProperty("triggers").EnumerateObject())
        {
            var words = t.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!EventTriggers.TryGetValue(words[^1], out var list)) EventTriggers[words[^1]] = list = [];
            list.Add(new EventTrigger(t.Value.GetString()!, words[..^1]));
        }
        foreach (var v in doc.RootElement.GetProperty("afterPerson").EnumerateObject()) EventVerbsAfterPerson[v.Name] = v.Value.GetString()!;
        foreach (var v in doc.RootElement.GetProperty("beforeCity").EnumerateObject()) EventVerbsBeforeCity[v.Name] = v.Value.GetString()!;
        foreach (var w in Strings(doc.RootElement, "notBefore")) EventNotBefore.Add(w);
        foreach (var w in doc.RootElement.GetProperty("nounOnly").EnumerateObject())
            EventNounOnly[w.Name] = new HashSet<string>(w.Value.EnumerateArray().Select(v => v.GetString()!), StringComparer.OrdinalIgnoreCase);
        foreach (var w in Strings(doc.RootElement, "themedPeriods")) ThemedPeriods.Add(w);
    }

    private void LoadVocabulary()
    {
        using var doc = Read("vocabulary.json");
        foreach (var w in Strings(doc.RootElement, "words")) Vocabulary.Add(w);
    }

    private void LoadScoStatus()
    {
        using var doc = Read("sco-status.json");
        ScoStatusPeriods = doc.RootElement.GetProperty("periods").EnumerateArray()
            .Select(p => new ScoStatusPeriod(
                p.GetProperty("iso2").GetString()!,
                Enum.Parse<ScoStatus>(p.GetProperty("status").GetString()!),
                DateOnly.Parse(p.GetProperty("from").GetString()!, CultureInfo.InvariantCulture),
                p.TryGetProperty("until", out var until) ? DateOnly.Parse(until.GetString()!, CultureInfo.InvariantCulture) : null))
            .ToList();
    }

    /// <summary>The literal start of each pattern ("terror" of "terror\w*"); none when a pattern starts with a class or group.</summary>
    private static IReadOnlyList<string> Needles(IReadOnlyList<string> patterns)
    {
        var needles = new List<string>();
        foreach (var pattern in patterns)
        {
            var end = pattern.IndexOfAny(['(', '[', '\\', '?', '*', '+', '{', '|', '.', ' ']);
            var needle = end < 0 ? pattern : pattern[..end];
            // A quantifier makes the last literal optional ("vaccines?"): drop it from the needle.
            if (end > 0 && pattern[end] is '?' or '*' or '{') needle = needle[..^1];
            if (needle.Length < 3) return [];
            needles.Add(needle.ToLowerInvariant());
        }
        return needles;
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    private static JsonDocument Read(string file)
    {
        var name = "ScoGraphQL.Extraction.Knowledge." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded knowledge file {name} is missing.");
        return JsonDocument.Parse(stream);
    }
}
