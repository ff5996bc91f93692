using ScoGraphQL.Extraction.Knowledge;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Bodies and organisations: known names and wordings from the knowledge base, capitalised phrases that end in a
/// body noun ("… Council", "… Embassy in China") with their "of/for/on" complements, acronyms defined in
/// parentheses ("Regional Anti-Terrorist Structure (RATS)") and later uses of those acronyms.
/// </summary>
internal sealed class OrganizationRecogniser : IRecogniser
{
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "of", "for", "on", "in" };

    public void Apply(ReleaseDocument document)
    {
        var learned = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        foreach (var paragraph in document.Paragraphs)
        {
            var known = KnownSpans(document.Kb, paragraph);
            var phrases = new List<Phrase>();
            for (var i = 0; i < paragraph.Tokens.Count; i++)
            {
                if (!IsPhraseStart(document.Kb, paragraph, i) || IsGoverningBoardOfTitle(document.Kb, paragraph, i)) continue;
                phrases.AddRange(Phrases(document, paragraph, i, known));
            }
            var spans = known.Select(k => (Start: k.Key, k.Value.End)).Concat(phrases.Select(p => (p.Start, p.End))).ToList();
            foreach (var (start, (end, entry)) in known)
            {
                if (Embedded(document.Kb, paragraph, start, end, spans)) continue;
                if (IsHeldName(document.Kb, paragraph, end))
                {
                    paragraph.Claims.Add(new Claim(ClaimKind.Organization, start, end, null));
                    continue;
                }
                Record(document, paragraph, start, end, FromEntry(document, entry), null, null, learned);
            }
            foreach (var phrase in phrases)
            {
                if ((phrase.Acronym is null || AcronymOfAnother(document.Kb, paragraph, phrase)) && Embedded(document.Kb, paragraph, phrase.Start, phrase.End, spans)) continue;
                if (phrase.Acronym is null && (IsVenue(document.Kb, paragraph, phrase.End) || known.ContainsKey(phrase.Start) && IsHeldName(document.Kb, paragraph, phrase.End)))
                {
                    // Claimed, so that no other kind reads it, but no body.
                    if (!paragraph.IsClaimed(phrase.Start, phrase.End, ClaimKind.Organization)) paragraph.Claims.Add(new Claim(ClaimKind.Organization, phrase.Start, phrase.End, null));
                    continue;
                }
                var draft = Resolve(document, paragraph, phrase);
                if (draft is null) continue;
                Record(document, paragraph, phrase.Start, phrase.End, draft, phrase.Acronym, phrase.AcronymTokens, learned);
            }
        }
        foreach (var paragraph in document.Paragraphs) RecogniseAcronyms(document, paragraph, learned);
        MergeShortForms(document);
        MergeAcronymForms(document);
        foreach (var paragraph in document.Paragraphs) RecogniseHomeBodies(document, paragraph);
    }

    /// <summary>
    /// "said that the Secretariat would help": a body's head noun alone after "the" is the one body of the release
    /// that ends in it, or else the home body the knowledge base names for it (in a release that names that body's root).
    /// </summary>
    private static void RecogniseHomeBodies(ReleaseDocument document, Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "the" || !document.Kb.HomeBodies.TryGetValue(tokens[i + 1].Text, out var home)) continue;
            var next = i + 2 < tokens.Count ? tokens[i + 2] : null;
            if (next is not null && (next.GapBefore == Gap.Hyphen || next.Lower == "of" || (next.GapBefore == Gap.Space && next.IsCapitalised && !tokens[i + 1].Possessive))) continue;
            if (paragraph.IsClaimed(i + 1, i + 2, ClaimKind.Organization)) continue;
            var head = tokens[i + 1].Text;
            var named = document.Entities.Where(e => e.Kind == EntityKind.Organization
                && (e.Name.EndsWith(" " + head, StringComparison.Ordinal) || e.Name.StartsWith(head + " of ", StringComparison.Ordinal))).ToList();
            EntityDraft? body = named.Count == 1 ? named[0] : null;
            if (body is null && named.Count == 0 && document.Kb.OrganizationsByName.TryGetValue(home, out var entry)
                && document.Find(EntityKeys.For(EntityKind.Organization, document.Kb.Root(entry).Name)) is not null)
                body = FromEntry(document, entry);
            if (body is null) continue;
            document.Mention(body, paragraph, i + 1, i + 2, asAlias: false);
            paragraph.Claims.Add(new Claim(ClaimKind.Organization, i + 1, i + 2, body));
        }
    }

    /// <summary>
    /// "the Youth Affairs Agency" after "Youth Affairs Agency of the Republic of Uzbekistan", "the Executive Committee"
    /// beside "the RATS Executive Committee", "Ministry of External
    /// Affairs" beside "Ministry of External Affairs of India": a name the release also writes with an "of …"
    /// complement, and with only one, is a short form of that body.
    /// </summary>
    private static void MergeShortForms(ReleaseDocument document)
    {
        var bodies = document.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        foreach (var body in bodies)
        {
            if (body.Acronyms.Count > 0 || document.Kb.OrganizationsByName.ContainsKey(body.Name)) continue;
            var prefix = body.Name + " of ";
            var dedicated = body.Name + " named after ";
            var longer = bodies.Where(b => b != body && (b.Name.StartsWith(prefix, StringComparison.Ordinal) || b.Name.StartsWith(dedicated, StringComparison.Ordinal))
                && document.Find(b.Key) is not null).ToList();
            // "the Executive Committee" after "the RATS Executive Committee": the qualifier is left out, not another body.
            var suffix = " " + body.Name;
            if (longer.Count == 0 && !body.Name.Contains(" of ", StringComparison.Ordinal))
                longer = bodies.Where(b => b != body && b.Name.EndsWith(suffix, StringComparison.Ordinal) && !b.Name.Contains(" of ", StringComparison.Ordinal) && document.Find(b.Key) is not null).ToList();
            if (longer.Count != 1) continue;
            Fold(document, body, longer[0]);
        }
    }

    /// <summary>
    /// "the IBC Council" or "the Council of the IBC" beside "the Council of the SCO Interbank Consortium (IBC)": a head
    /// noun with the acronym of a body the release names is that body's organ, when the release also names it in full.
    /// </summary>
    private static void MergeAcronymForms(ReleaseDocument document)
    {
        var bodies = document.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        foreach (var body in bodies)
        {
            if (body.Acronyms.Count > 0 || document.Kb.OrganizationsByName.ContainsKey(body.Name)) continue;
            var words = body.Name.Split(' ');
            (string Head, string Acronym)? parts = words switch
            {
                [var acronym, var head] when Token.AllUpperOrDigit(acronym) => (head, acronym),
                [var head, "of", "the", var acronym] when Token.AllUpperOrDigit(acronym) => (head, acronym),
                _ => null,
            };
            if (parts is not { } p) continue;
            var owners = bodies.Where(b => b != body && b.Acronyms.Contains(p.Acronym)).Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
            var full = bodies.FirstOrDefault(b => b != body && document.Find(b.Key) is not null
                && (owners.Contains(Strip(b.Name, p.Head + " of the ")) || owners.Contains(Strip(b.Name, p.Head + " of "))));
            if (full is not null) Fold(document, body, full);
        }
    }

    private static string Strip(string name, string prefix) => name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : "";

    /// <summary>One body under two names: <paramref name="body"/>'s mentions, claims and children go to <paramref name="full"/>.</summary>
    private static void Fold(ReleaseDocument document, EntityDraft body, EntityDraft full)
    {
        document.Merge(body, full);
        foreach (var other in document.Entities)
        {
            if (other.ParentKey == body.Key) other.ParentKey = full.Key;
        }
        foreach (var paragraph in document.Paragraphs)
        {
            for (var i = 0; i < paragraph.Claims.Count; i++)
            {
                if (paragraph.Claims[i].Entity == body) paragraph.Claims[i] = paragraph.Claims[i] with { Entity = full };
            }
        }
    }

    /// <summary>
    /// Longest match wins: a name inside a longer one ("United Nations" in "United Nations Office for …", "Bank of
    /// China" in "People's Bank of China", a known body before a document's title as in "United Nations Convention
    /// to …") is not a mention of its own. A body in the longer name's "of/for/to [the]" complement is (the parent
    /// named inside a title: "Executive Committee of the SCO Regional Anti-Terrorist Structure"). Nor is a name inside
    /// a country's official name.
    /// </summary>
    private static bool Embedded(KnowledgeBase kb, Paragraph paragraph, int start, int end, List<(int Start, int End)> spans)
    {
        var tokens = paragraph.Tokens;
        if (end + 1 < tokens.Count && tokens[end].GapBefore == Gap.Space && tokens[end].IsCapitalised && TitleLinks.Contains(tokens[end + 1].Text)
            && kb.DocumentKinds.TryGetValue(tokens[end].Text, out var kind) && kind is not (DocumentKind.Resolution or DocumentKind.Decision or DocumentKind.Report or DocumentKind.Statement))
            return true;
        // "Union of Myanmar" inside "the Republic of the Union of Myanmar": part of a country's official name.
        for (var k = Math.Max(0, start - 4); k < start; k++)
        {
            if (kb.Countries.TryMatch(tokens, k, out _, out var countryLength) && k + countryLength >= end) return true;
        }
        foreach (var (outerStart, outerEnd) in spans)
        {
            if (outerStart > start || outerEnd < end || outerEnd - outerStart == end - start) continue;
            if (start == outerStart) return true;
            var k = start - 1;
            if (tokens[k].Lower == "the" && k > outerStart) k--;
            if (!ComplementLinks.Contains(tokens[k].Lower)) return true;
            // "Food and Agriculture Organization of the United Nations": the system a body belongs to only completes its name.
            if (end == outerEnd && kb.Organizations.TryMatch(tokens, start, out var inner, out var innerLength) && innerLength == end - start
                && kb.SystemParents.Contains(inner.Name)) return true;
        }
        return false;
    }

    /// <summary>
    /// "… Organization of the United Nations (FAO)": the phrase is a known body and the acronym after it is another
    /// known body's, so the acronym is the longer name's, not the phrase's.
    /// </summary>
    private static bool AcronymOfAnother(KnowledgeBase kb, Paragraph paragraph, Phrase phrase) =>
        phrase.Acronym is { } acronym && kb.OrganizationsByAcronym.TryGetValue(acronym, out var owner)
        && kb.Organizations.TryMatch(paragraph.Tokens, phrase.Start, out var own, out var length) && phrase.Start + length == phrase.End
        && own.Name != owner.Name;

    /// <summary>"Convention to Combat …", "Declaration on …": a document's title goes on; a resolution or report after a body is the body's own.</summary>
    private static readonly HashSet<string> TitleLinks = new(StringComparer.Ordinal) { "to", "on", "against" };

    /// <summary>"… under the Government of the Republic of Tajikistan": the authority in a body's name is a body of its own.</summary>
    private static readonly HashSet<string> ComplementLinks = new(StringComparer.Ordinal) { "of", "for", "to", "on", "in", "and", "under" };

    /// <summary>The phrase at <paramref name="start"/> follows "Report of [the]", "Statement of [the]" …</summary>
    private static bool AfterDocumentKind(KnowledgeBase kb, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var k = start - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        return k >= 1 && tokens[k].Lower == "of" && tokens[k - 1].IsCapitalised && kb.DocumentKinds.ContainsKey(tokens[k - 1].Text);
    }

    private static void Record(ReleaseDocument document, Paragraph paragraph, int start, int end, EntityDraft draft,
        string? acronym, (int Start, int End)? acronymTokens, Dictionary<string, EntityDraft> learned)
    {
        document.Mention(draft, paragraph, start, end);
        paragraph.Claims.Add(new Claim(ClaimKind.Organization, start, end, draft));
        if (acronym is null || acronymTokens is not { } range) return;
        // "Council of the Regional Anti-Terrorist Structure … (RATS SCO)": a known acronym keeps its own body.
        if (document.Kb.OrganizationsByAcronym.TryGetValue(acronym, out var owner) && owner.Name != draft.Name)
            draft = FromEntry(document, owner);
        draft.AddAcronym(acronym);
        learned.TryAdd(acronym, draft);
        document.Mention(draft, paragraph, range.Start, range.End, asAlias: false);
        paragraph.Claims.Add(new Claim(ClaimKind.Organization, range.Start, range.End, draft));
    }

    private static void RecogniseAcronyms(ReleaseDocument document, Paragraph paragraph, Dictionary<string, EntityDraft> learned)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsAcronym) continue;
            // "RATS SCO" and "SCO RATS" are one acronym before they are two.
            if (i + 1 < tokens.Count && tokens[i + 1].IsAcronym && tokens[i + 1].GapBefore == Gap.Space)
            {
                var pair = tokens[i].Text + " " + tokens[i + 1].Text;
                if (Lookup(document, pair, learned) is { } both)
                {
                    both.AddAcronym(pair);
                    document.Mention(both, paragraph, i, i + 2, asAlias: false);
                    paragraph.Claims.Add(new Claim(ClaimKind.Organization, i, i + 2, both));
                    i++;
                    continue;
                }
            }
            if (Lookup(document, tokens[i].Text, learned) is { } draft)
            {
                draft.AddAcronym(tokens[i].Text);
                document.Mention(draft, paragraph, i, i + 1, asAlias: false);
                if (paragraph.ClaimAt(i, ClaimKind.Organization) is null) paragraph.Claims.Add(new Claim(ClaimKind.Organization, i, i + 1, draft));
            }
        }
    }

    private static EntityDraft? Lookup(ReleaseDocument document, string acronym, Dictionary<string, EntityDraft> learned)
    {
        if (learned.TryGetValue(acronym, out var draft)) return draft;
        return document.Kb.OrganizationsByAcronym.TryGetValue(acronym, out var entry) ? FromEntry(document, entry) : null;
    }

    public static EntityDraft FromEntry(ReleaseDocument document, OrganizationEntry entry)
    {
        var draft = document.Entity(EntityKind.Organization, entry.Name);
        if (entry.Parent is { } parent) draft.ParentKey = EntityKeys.For(EntityKind.Organization, parent);
        if (entry.Topics.Count > 0) document.ImpliedTopics[draft.Key] = entry.Topics;
        return draft;
    }

    /// <summary>Known names and wordings, by start token: the longest at each start.</summary>
    private static SortedDictionary<int, (int End, OrganizationEntry Entry)> KnownSpans(KnowledgeBase kb, Paragraph paragraph)
    {
        var spans = new SortedDictionary<int, (int End, OrganizationEntry Entry)>();
        var tokens = paragraph.Tokens;
        var coveredUntil = -1;
        OrganizationEntry? covering = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // One-word names ("Mazhilis") count; one-word acronyms are left to the acronym pass.
            if (!kb.Organizations.TryMatch(tokens, i, out var entry, out var length) || (length == 1 && tokens[i].IsAcronym)) continue;
            var first = tokens[i].Lower == "the" ? i + 1 : i;
            if (first >= i + length || !tokens[first].IsCapitalised) continue;
            var end = i + length;
            if (end < tokens.Count && tokens[end].GapBefore == Gap.Space && Words.PersonPlurals.Contains(tokens[end].Text)) continue;
            // A shorter wording of the same body inside a longer one is not a second mention.
            if (end <= coveredUntil && entry == covering) continue;
            spans[i] = (end, entry);
            if (end > coveredUntil) (coveredUntil, covering) = (end, entry);
        }
        // "Secretariat of the United Nations" inside "Secretariat of the [United Nations Economic … Pacific]": a
        // known name that ends inside a longer one starting after it is a false cut.
        foreach (var (start, (end, _)) in spans.ToList())
        {
            if (spans.Any(o => o.Key > start && o.Key < end && o.Value.End > end)) spans.Remove(start);
        }
        return spans;
    }

    /// <summary>
    /// "the SCO Forum on Green Development": a known name that ends at <paramref name="end"/> in no body noun, with an
    /// "on" subject after it, is the name of something held (an event), not the body.
    /// </summary>
    private static bool IsHeldName(KnowledgeBase kb, Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        return end + 1 < tokens.Count && tokens[end].Lower == "on" && tokens[end].GapBefore == Gap.Space && IsCapWord(paragraph, end + 1)
            && !IsHead(kb, tokens[end - 1]) && !kb.ComplementHeads.Contains(tokens[end - 1].Text);
    }

    /// <summary>"the Tashkent International Exhibition Centre": a centre for exhibitions or conventions is a venue.</summary>
    private static bool IsVenue(KnowledgeBase kb, Paragraph paragraph, int end) =>
        end >= 2 && kb.VenueQualifiers.Contains(paragraph.Tokens[end - 2].Text) && IsHead(kb, paragraph.Tokens[end - 1]);

    private static bool IsCapWord(Paragraph paragraph, int i) =>
        i < paragraph.Tokens.Count && paragraph.Tokens[i].IsCapitalised && !Words.CapitalisedStopWords.Contains(paragraph.Tokens[i].Text);

    private static bool IsHead(KnowledgeBase kb, Token token) => kb.OrganizationHeads.Contains(token.Text);

    /// <summary>
    /// "Chairman of the Board of the SCO Business Council", "Chairman of the Management Board of the … Bank": the board
    /// belongs to the title; the body is the one after it.
    /// </summary>
    private static bool IsGoverningBoardOfTitle(KnowledgeBase kb, Paragraph paragraph, int i)
    {
        var tokens = paragraph.Tokens;
        if (i < 3 || tokens[i - 1].Lower != "the" || tokens[i - 2].Lower != "of" || !kb.TitleWords.Contains(tokens[i - 3].Text)) return false;
        if (tokens[i].Text == "Board") return i + 1 < tokens.Count && tokens[i + 1].Lower == "of";
        // One qualifier before the board noun ("Management Board", "Supervisory Board").
        return i + 2 < tokens.Count && tokens[i + 1].Text == "Board" && tokens[i + 1].GapBefore == Gap.Space && !tokens[i].IsAcronym
            && tokens[i + 2].Lower == "of";
    }

    private static bool IsPhraseStart(KnowledgeBase kb, Paragraph paragraph, int i)
    {
        if (!IsCapWord(paragraph, i)) return false;
        var tokens = paragraph.Tokens;
        if (i == 0) return true;
        var gap = tokens[i].GapBefore;
        if (gap is Gap.Hyphen || IsInsideNamePossessive(kb, paragraph, i)) return false;
        if (gap is Gap.Space && IsCapWord(paragraph, i - 1) && !tokens[i - 1].Possessive) return false;
        // "Heads of State Council": "State" is inside the compound, not the start of a name.
        if (i >= 2 && tokens[i - 1].Lower == "of" && tokens[i - 2].Lower is "heads" or "head" && tokens[i].Lower is "state" or "government") return false;
        // "Cultural and Integration Centre": the word after an inner "and" continues a name, it does not start one.
        return !(tokens[i - 1].Lower == "and" && i >= 2 && IsCapWord(paragraph, i - 2) && tokens[i - 1].GapBefore == Gap.Space);
    }

    private readonly record struct Cut(int End, string Acronym, int AcronymStart, int AcronymEnd);

    private readonly record struct Phrase(int Start, int End, string? Acronym, (int, int)? AcronymTokens, int? FirstLinkRun, List<(int Start, int End)> Excluded);

    /// <summary>A run of capitalised words (known names atomic); stops at "(ACR)" unless a capital follows it.</summary>
    private static (int End, List<Cut> Cuts) Run(KnowledgeBase kb, Paragraph paragraph, int start, SortedDictionary<int, (int End, OrganizationEntry Entry)> known)
    {
        var tokens = paragraph.Tokens;
        var cuts = new List<Cut>();
        var j = start;
        while (true)
        {
            if (known.TryGetValue(j, out var span)) j = span.End;
            // "… of the People's Republic of China": a country's name is atomic, its possessive does not end the run.
            else if (kb.Countries.TryMatch(tokens, j, out _, out var countryLength) && countryLength > 1 && HasInnerPossessive(tokens, j, j + countryLength)) j += countryLength;
            else if (j + 2 < tokens.Count && tokens[j].Lower is "heads" or "head" && tokens[j + 1].Lower == "of" && tokens[j + 2].Lower is "state" or "government") j += 3;
            else j++;
            if (j >= tokens.Count) break;
            var next = tokens[j];
            if (next.GapBefore == Gap.Hyphen && (IsCapWord(paragraph, j) || next.IsNumber) || IsInsideNamePossessive(kb, paragraph, j)) continue;
            if (next.GapBefore == Gap.Space && IsCapWord(paragraph, j) && !tokens[j - 1].Possessive && !NameAfterBody(kb, paragraph, start, j, known)) continue;
            // "… Member States and Statement of …": a document's kind after "and" starts another name.
            if (next.GapBefore == Gap.Space && next.Lower == "and" && IsCapWord(paragraph, j + 1) && tokens[j + 1].GapBefore == Gap.Space
                && !IsHead(kb, tokens[j - 1]) && !IsHead(kb, tokens[j + 1]) && !StartsDocumentTitle(kb, paragraph, j + 1))
            {
                j++;
                continue;
            }
            if (ParenAcronym(paragraph, j - 1) is { } paren)
            {
                cuts.Add(paren);
                if (paren.AcronymEnd < tokens.Count && IsCapWord(paragraph, paren.AcronymEnd) && paragraph.GapIs(paren.AcronymEnd - 1, paren.AcronymEnd, ")"))
                {
                    j = paren.AcronymEnd;
                    continue;
                }
            }
            break;
        }
        return (j, cuts);
    }

    /// <summary>"… Member States and SCO Development Strategy until 2025": capitalised words that end in a document's kind.</summary>
    private static bool StartsDocumentTitle(KnowledgeBase kb, Paragraph paragraph, int start)
    {
        for (var k = start; k < paragraph.Tokens.Count && (k == start || paragraph.Tokens[k].GapBefore == Gap.Space) && IsCapWord(paragraph, k); k++)
        {
            if (kb.DocumentKinds.ContainsKey(paragraph.Tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// "People's Bank": token <paramref name="i"/> follows a possessive that is part of the name; so does a head noun
    /// after a plural possessive ("Women Entrepreneurs' Council", "Veterans' Association").
    /// </summary>
    private static bool IsInsideNamePossessive(KnowledgeBase kb, Paragraph paragraph, int i)
    {
        var tokens = paragraph.Tokens;
        if (i == 0 || !IsCapWord(paragraph, i)) return false;
        // "Prosecutor General's Office", "President's Administration": an office's possessive before a head noun
        // names the office's own body ("Ministry's Department" is a unit of the ministry, not one name).
        if (tokens[i].GapBefore == Gap.Possessive)
            return kb.NamePossessives.Contains(tokens[i - 1].Text)
                || (kb.TitleWords.Contains(tokens[i - 1].Text) && !IsHead(kb, tokens[i - 1]) && IsHead(kb, tokens[i]));
        return IsHead(kb, tokens[i]) && tokens[i - 1].IsCapitalised && tokens[i - 1].Text.EndsWith('s')
            && (paragraph.GapIs(i - 1, i, "'") || paragraph.GapIs(i - 1, i, "’")) && tokens[i - 1].End < tokens[i].Start - 1;
    }

    private static bool HasInnerPossessive(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end - 1; k++)
            if (tokens[k].Possessive) return true;
        return false;
    }

    /// <summary>
    /// "Chairman of the Board of the SCO Business Council Yang Yong said", "Deputy Director of the Federal Security
    /// Service of the Russian Federation Igor Sedov said": capitalised words after a body's head noun, or after the
    /// country that qualifies the body, with no head, acronym or known body among them are the name of the person the
    /// title belongs to. So are two or more words that are no English words at the end of a complement ("… of the
    /// National Administration of Traditional Chinese Medicine Zhang Ruiqing said").
    /// </summary>
    private static bool NameAfterBody(KnowledgeBase kb, Paragraph paragraph, int start, int j, SortedDictionary<int, (int End, OrganizationEntry Entry)> known)
    {
        var tokens = paragraph.Tokens;
        if (!IsHead(kb, tokens[j - 1]) && !QualifyingCountryEndsAt(kb, paragraph, start, j) && !ForeignNameEndsComplement(kb, paragraph, start, j)) return false;
        var k = j;
        while (k < tokens.Count && (k == j || tokens[k].GapBefore is Gap.Space or Gap.Hyphen) && IsCapWord(paragraph, k))
        {
            if (IsHead(kb, tokens[k]) || tokens[k].IsAcronym || known.ContainsKey(k)) return false;
            k++;
        }
        return k - j >= 2;
    }

    private static bool ForeignNameEndsComplement(KnowledgeBase kb, Paragraph paragraph, int start, int j)
    {
        var tokens = paragraph.Tokens;
        if (start == 0 || tokens[start - 1].Lower is not ("of" or "the" or "on" or "for")) return false;
        var k = j;
        while (k < tokens.Count && (k == j || tokens[k].GapBefore == Gap.Space) && IsCapWord(paragraph, k))
        {
            if (kb.EnglishWords.Contains(tokens[k].Lower) || kb.Places.TryMatch(tokens, k, out _, out _) || kb.Countries.TryMatch(tokens, k, out _, out _)
                || IsBodyWord(kb, tokens[k])) return false;
            k++;
        }
        return k - j is 2 or 3 && (k == tokens.Count || !tokens[k].IsCapitalised || paragraph.GapIs(k - 1, k, "."));
    }

    /// <summary>
    /// "… Internal Trade Kavita Reddy", "… Science Park Chen Lihua": a word that says what a body does or is (a portfolio,
    /// a head noun, a region's suffix) is the body's last word, never a personal name's first; the word list for English
    /// words has only long words, and these are short.
    /// </summary>
    private static bool IsBodyWord(KnowledgeBase kb, Token token) =>
        kb.PortfolioWords.Contains(token.Text) || IsHead(kb, token) || kb.QualifiedHeads.Contains(token.Text) || kb.RegionSuffixes.Contains(token.Text);

    /// <summary>
    /// "… of the Russian Federation" ends at <paramref name="end"/>: a country after "of" or "of the" (a body's
    /// qualifier, so the run began at the country or before it).
    /// </summary>
    private static bool QualifyingCountryEndsAt(KnowledgeBase kb, Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = Math.Max(Math.Max(start, 1), end - 5); k < end; k++)
        {
            var afterOf = tokens[k - 1].Lower == "of" || (k >= 2 && tokens[k - 1].Lower == "the" && tokens[k - 2].Lower == "of");
            if (afterOf && kb.Countries.TryMatch(tokens, k, out _, out var length) && k + length == end) return true;
        }
        return false;
    }

    /// <summary>"IT Park Uzbekistan": a country straight after a body's head noun closes the body's name.</summary>
    private static bool HeadThenCountry(KnowledgeBase kb, Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = Math.Max(start + 1, end - 4); k < end; k++)
        {
            if (tokens[k].GapBefore != Gap.Space || !(IsHead(kb, tokens[k - 1]) || kb.QualifiedHeads.Contains(tokens[k - 1].Text))) continue;
            if (kb.Countries.TryMatch(tokens, k, out _, out var length) && k + length == end) return true;
        }
        return false;
    }

    /// <summary>
    /// "Eurasian Group on Combating Money Laundering and Financing of Terrorism (EAG)": from <paramref name="from"/>,
    /// capitalised words and the small words between them up to an acronym in parentheses that begins with the
    /// name's initial.
    /// </summary>
    private static Cut? AcronymClosing(Paragraph paragraph, int start, int from)
    {
        var tokens = paragraph.Tokens;
        for (var k = from; k < tokens.Count && k - from < 12; k++)
        {
            if (k > from && tokens[k].GapBefore != Gap.Space) return null;
            if (!IsCapWord(paragraph, k) && !AcronymNameLinks.Contains(tokens[k].Text)) return null;
            if (!IsCapWord(paragraph, k)) continue;
            if (ParenAcronym(paragraph, k) is { } cut)
                return char.ToUpperInvariant(cut.Acronym[0]) == char.ToUpperInvariant(tokens[start].Text[0]) ? cut : null;
        }
        return null;
    }

    private static readonly HashSet<string> AcronymNameLinks = new(StringComparer.Ordinal) { "and", "of", "the", "on", "for", "in" };

    /// <summary>"… (RATS SCO)" right after token <paramref name="last"/>.</summary>
    private static Cut? ParenAcronym(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var first = last + 1;
        if (first >= tokens.Count || !paragraph.GapIs(last, first, "(")) return null;
        var end = first;
        while (end < tokens.Count && end - first < 3 && tokens[end].IsAcronym && (end == first || tokens[end].GapBefore == Gap.Space)) end++;
        if (end == first) return null;
        var after = end < tokens.Count
            ? paragraph.Text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End)
            : paragraph.Text.AsSpan(tokens[end - 1].End);
        if (!after.TrimStart().StartsWith(")")) return null;
        return new Cut(last + 1, string.Join(' ', tokens.Skip(first).Take(end - first).Select(t => t.Text)), first, end);
    }

    private static IEnumerable<Phrase> Phrases(ReleaseDocument document, Paragraph paragraph, int start,
        SortedDictionary<int, (int End, OrganizationEntry Entry)> known)
    {
        var tokens = paragraph.Tokens;
        var (runEnd, cuts) = Run(document.Kb, paragraph, start, known);
        var kb = document.Kb;
        bool EndsInBody(int end) => IsHead(kb, tokens[end - 1]) || known.Any(k => k.Value.End == end && k.Key >= start)
            || (kb.QualifiedHeads.Contains(tokens[end - 1].Text) && ParenAcronym(paragraph, end - 1) is not null)
            || HeadThenCountry(kb, paragraph, start, end)
            || (kb.ComplementHeads.Contains(tokens[end - 1].Text) && end < tokens.Count && tokens[end].Lower == "of" && (end - 1 == start || tokens[end - 2].Lower != "of"))
            // "Qingdao Municipal People's Government": a government named with an inner possessive needs no complement.
            || (kb.ComplementHeads.Contains(tokens[end - 1].Text) && end - 1 > start && IsInsideNamePossessive(kb, paragraph, end - 1));
        bool IsWholeRootBody(int from, int to) => known.Any(kn => kn.Value.End == to && kn.Value.Entry.Parent is null
            && (kn.Key == from || (kn.Key == from - 1 && tokens[kn.Key].Lower == "the")));
        var excluded = cuts.Where(c => c.AcronymEnd <= runEnd).Select(c => (c.AcronymStart, c.AcronymEnd)).ToList();

        // "Shanghai Cooperation Organisation (SCO) Heads of State Council": the part before the parenthesis is a name too.
        foreach (var cut in cuts)
        {
            if (cut.End < runEnd && EndsInBody(cut.End))
                yield return new Phrase(start, cut.End, cut.Acronym, (cut.AcronymStart, cut.AcronymEnd), null, []);
        }

        int end;
        Cut? acronym = cuts.LastOrDefault(c => c.End == runEnd) is { Acronym: not null } last ? last : null;
        // "Russian Federation for SCO Affairs": a country's name ends in "Federation" or "Union" but names no body.
        if (kb.Countries.TryMatch(tokens, start, out _, out var countryRun) && start + countryRun == runEnd) yield break;
        if (EndsInBody(runEnd)) end = runEnd;
        else
        {
            var lastCut = cuts.LastOrDefault(c => EndsInBody(c.End));
            if (lastCut.Acronym is null) yield break;
            yield return new Phrase(start, lastCut.End, lastCut.Acronym, (lastCut.AcronymStart, lastCut.AcronymEnd), null, []);
            yield break;
        }

        int? firstLinkRun = null;
        if (acronym is null)
        {
            var k = end;
            var head = end - 1;
            // "SCO Forum on Traditional Medicine": a known name that does not end in a body noun takes no complement;
            // what follows makes it something else (here a forum that is held).
            if (!IsHead(kb, tokens[head]) && !kb.ComplementHeads.Contains(tokens[head].Text) && known.Any(kn => kn.Value.End == end && kn.Key >= start)) k = tokens.Count;
            var previousNamesBody = false;
            var previousStart = end;
            var maxLinks = 4;
            for (var links = 0; links < maxLinks && k < tokens.Count; links++)
            {
                var link = tokens[k];
                if (link.GapBefore != Gap.Space || !Links.Contains(link.Lower)) break;
                // "the Report of the SCO Secretariat on the Execution of …": after a document's kind, "on" begins the
                // document's subject, not more of the body's name.
                if (link.Lower == "on" && AfterDocumentKind(document.Kb, paragraph, start)) break;
                // "Agreement between the Governments of the … Shanghai Cooperation Organisation on the Creation of …": a
                // whole organisation takes no "on" complement; what follows is the subject of the text naming it.
                if (link.Lower == "on" && IsWholeRootBody(start, end)) break;
                // "Supreme Court of the Republic of Tajikistan on Cooperation …": the country closes the name; "on" begins
                // the subject of what names it.
                if (link.Lower == "on" && QualifyingCountryEndsAt(kb, paragraph, start, end)) break;
                var m = k + 1;
                if (m < tokens.Count && tokens[m].Lower == "the" && tokens[m].GapBefore == Gap.Space) m++;
                if (m >= tokens.Count || tokens[m].GapBefore != Gap.Space || !IsCapWord(paragraph, m)) break;
                // "… Statement on Countering …" starts a document; "Centre for Combating …" is still the body's name,
                // and so is "Group on Combating … (EAG)" when the acronym it defines closes it.
                // "Centre for …", "Agencies … Responsible for …": what follows "for" is the body's remit.
                var remitFor = link.Lower == "for" && (IsHead(kb, tokens[k - 1]) || kb.RemitAdjectives.Contains(tokens[k - 1].Text));
                if (Words.IsGerund(tokens[m]) && !remitFor)
                {
                    if (AcronymClosing(paragraph, start, m) is { } closing)
                    {
                        end = closing.End;
                        acronym = closing;
                    }
                    break;
                }
                if (document.Kb.Titles.TryMatch(tokens, m, out _, out _)) break;
                var (linkEnd, linkCuts) = Run(document.Kb, paragraph, m, known);
                if (link.Lower == "in")
                {
                    // "Russian Embassy in China", "Mission in Afghanistan": a country completes the name; a city
                    // ("Centre in Bishkek") only locates it.
                    // A nation's body abroad ("Chinese Cultural Centre in Dushanbe") is named with its city.
                    if ((document.Kb.Countries.TryMatch(tokens, m, out _, out var cl) && m + cl == linkEnd)
                        || (m == k + 1 && document.Kb.Countries.TryMatch(tokens, start, out _, out var own) && own == 1
                            && document.Kb.Places.TryMatch(tokens, m, out _, out cl)))
                    {
                        end = m + cl;
                        if (ParenAcronym(paragraph, end - 1) is { } inAcronym) acronym = inAcronym;
                    }
                    break;
                }
                // "Department of Legal Affairs of the Ministry of …", "Tourism Committee of the Ministry of …": a unit named
                // with its parent ministry or institute is its own body; the parent is named on its own.
                if (link.Lower == "of" && kb.SubUnitHeads.Contains(tokens[head].Text)
                    && Enumerable.Range(m, linkEnd - m).Any(x => kb.SubUnitParentHeads.Contains(tokens[x].Text))) break;
                if (link.Lower == "of" && CountryOnlyLocates(kb, paragraph, start, head, m, linkEnd, firstLinkRun is null ? null : previousNamesBody, previousStart)) break;
                firstLinkRun ??= m;
                if (linkCuts.Count > 0)
                {
                    // "(RATS)" after "Executive Committee of the SCO Regional Anti-Terrorist Structure" names the inner body;
                    // after "Federation of … Chambers of Commerce and Industry", which is no body, the whole name.
                    end = linkCuts[0].End;
                    if (!EndsInBody(end) && char.ToUpperInvariant(linkCuts[0].Acronym[0]) == char.ToUpperInvariant(tokens[start].Text[0])) acronym = linkCuts[0];
                    break;
                }
                end = linkEnd;
                if ((link.Lower == "of" && kb.StateBodyHeads.Contains(tokens[k - 1].Text)) || remitFor)
                    end = linkEnd = RemitList(kb, paragraph, linkEnd);
                previousStart = m;
                var holdsKnownBody = known.Any(kn => kn.Key >= m && kn.Value.End <= linkEnd);
                var namesSystem = Enumerable.Range(m, linkEnd - m).Any(x => tokens[x].Text is "SCO" or "UN" or "ШОС");
                previousNamesBody = Enumerable.Range(m, linkEnd - m).Any(x => tokens[x].IsAcronym) || holdsKnownBody;
                var namesParent = namesSystem || holdsKnownBody || tokens[linkEnd - 1].Text == "States";
                if (namesParent)
                {
                    if (end + 1 < tokens.Count && tokens[end].Lower == "member" && tokens[end + 1].Lower == "states") end += 2;
                    // "… of the SCO Member States Responsible for the Prevention of …": the remit is still the name.
                    if (kb.RemitAdjectives.Contains(tokens[end - 1].Text) && end < tokens.Count && tokens[end].Lower == "for")
                    {
                        k = end;
                        maxLinks = links + 4;
                        continue;
                    }
                    // "… of the Federal Security Service of the Russian Federation": a national parent keeps its country.
                    if (!namesSystem && end + 1 < tokens.Count
                        && tokens[end].Lower == "of" && tokens[end].GapBefore == Gap.Space)
                    {
                        var c = tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
                        if (c < tokens.Count && kb.Countries.TryMatch(tokens, c, out _, out var countryLength)) end = c + countryLength;
                    }
                    if (ParenAcronym(paragraph, end - 1) is { } after) acronym = after;
                    break;
                }
                if (ParenAcronym(paragraph, end - 1) is { } paren)
                {
                    acronym = paren;
                    break;
                }
                k = end;
            }
            // A remit adjective that found no remit after it is not part of the name.
            if (kb.RemitAdjectives.Contains(tokens[end - 1].Text) && end - 1 > start) end--;
            if (acronym is null) end = NamedAfter(kb, paragraph, UnderAuthority(kb, paragraph, end));
        }
        else
        {
            end = acronym.Value.End;
        }
        // "Government of …", "Cabinet of Ministers of …": without its complement the noun names no body.
        if (end == runEnd && runEnd - 1 == start && kb.ComplementHeads.Contains(tokens[start].Text)) yield break;
        // "Mongolian Ministry of Environment": the adjective says whose ministry; the name starts at the head.
        var first = start + 1 < end && kb.StateBodyHeads.Contains(tokens[start + 1].Text) && start + 2 < end && tokens[start + 2].Lower == "of"
            && kb.Countries.TryMatch(tokens, start, out _, out var adjective) && adjective == 1 ? start + 1 : start;
        yield return new Phrase(first, end, acronym?.Acronym, acronym is { } a ? (a.AcronymStart, a.AcronymEnd) : null, firstLinkRun, excluded);
    }

    /// <summary>
    /// "Ministry of Transport, Communications and Energy": a state body's remit may be a list; from
    /// <paramref name="end"/>, one-word items after commas and a last one after "and" continue the name.
    /// </summary>
    private static int RemitList(KnowledgeBase kb, Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        bool Item(int k) => k < tokens.Count && IsCapWord(paragraph, k) && !IsHead(kb, tokens[k]) && !tokens[k].IsAcronym
            && !kb.Countries.TryMatch(tokens, k, out _, out _);
        // An item is one such word or two ("Family and Demographic Policy"); of a longer run, the first word is the
        // item and the rest is something else ("… and Waterways Rajesh Menon").
        int ItemEnd(int k)
        {
            if (!Item(k)) return k;
            var e = k + 1;
            while (e < tokens.Count && tokens[e].GapBefore == Gap.Space && Item(e)) e++;
            return e - k <= 2 ? e : k + 1;
        }
        var j = end;
        var items = 0;
        while (j + 1 < tokens.Count && paragraph.GapIs(j - 1, j, ",") && ItemEnd(j) is var itemEnd && itemEnd > j && itemEnd < tokens.Count
            && (paragraph.GapIs(itemEnd - 1, itemEnd, ",") || tokens[itemEnd].Lower == "and"))
        {
            j = itemEnd;
            items++;
        }
        if (items == 0 || j + 1 >= tokens.Count || tokens[j].Lower != "and" || tokens[j].GapBefore != Gap.Space
            || tokens[j + 1].GapBefore != Gap.Space || !Item(j + 1)) return end;
        return ItemEnd(j + 1);
    }

    /// <summary>
    /// "… of Pakistan" after "Bank of Khyber", "… of India" after "National Commission for Women", "… of the Kyrgyz
    /// Republic" after "RSK Bank": a country only locates a body whose name already says what it is (a complement that
    /// names no body, or a brand acronym), unless the body is a state body ("Ministry of Home Affairs of India") or the
    /// country is written in full ("State Committee for National Security of the Republic of Tajikistan").
    /// <paramref name="previousNamesBody"/> is null for the first complement.
    /// </summary>
    private static bool CountryOnlyLocates(KnowledgeBase kb, Paragraph paragraph, int start, int head, int m, int linkEnd, bool? previousNamesBody, int previousStart)
    {
        var tokens = paragraph.Tokens;
        if (!kb.Countries.TryMatch(tokens, m, out _, out var length) || m + length != linkEnd) return false;
        if (previousNamesBody is null)
            return tokens[start].IsAcronym && head > start && !kb.OrganizationsByAcronym.ContainsKey(tokens[start].Text);
        // "of the Republic of Belarus": the complements before it may be the start of the country's full name.
        for (var k = Math.Max(previousStart, m - 4); k < m; k++)
        {
            if (kb.Countries.TryMatch(tokens, k, out _, out var full) && k + full == linkEnd) return false;
        }
        return previousNamesBody == false && length == 1 && tokens[m - 1].Lower == "of"
            && !kb.StateBodyHeads.Contains(tokens[head].Text) && !kb.ComplementHeads.Contains(tokens[head].Text);
    }

    /// <summary>"Khujand State University named after Academician Bobojon Gafurov": the dedication is part of the name.</summary>
    private static int NamedAfter(KnowledgeBase kb, Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        if (end + 2 >= tokens.Count || !IsHead(kb, tokens[end - 1]) || tokens[end].Lower != "named" || tokens[end + 1].Lower != "after"
            || tokens[end].GapBefore != Gap.Space || tokens[end + 1].GapBefore != Gap.Space) return end;
        var k = end + 2;
        while (k < tokens.Count && k - end < 7 && tokens[k].GapBefore is Gap.Space or Gap.Hyphen && tokens[k].IsCapitalised) k++;
        return k - (end + 2) >= 1 ? k : end;
    }

    /// <summary>
    /// "National Commission for … under the President of the Republic of Kazakhstan", "Agency … under the Cabinet of
    /// Ministers of …": the authority a state body reports to belongs to its name.
    /// </summary>
    private static int UnderAuthority(KnowledgeBase kb, Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        if (end + 3 >= tokens.Count || tokens[end].Lower != "under" || tokens[end].GapBefore != Gap.Space || tokens[end + 1].Lower != "the") return end;
        var authority = tokens[end + 2].Text;
        if (!kb.TitleWords.Contains(authority) && !kb.ComplementHeads.Contains(authority)) return end;
        for (var k = end + 3; k < tokens.Count && k < end + 10; k++)
        {
            if (tokens[k].GapBefore != Gap.Space && !IsInsideNamePossessive(kb, paragraph, k)) return end;
            if (tokens[k - 1].Lower is "of" or "the" && kb.Countries.TryMatch(tokens, k, out _, out var length)) return k + length;
            if (tokens[k].Lower is not ("of" or "the") && !IsCapWord(paragraph, k)) return end;
        }
        return end;
    }

    private static EntityDraft? Resolve(ReleaseDocument document, Paragraph paragraph, Phrase phrase)
    {
        var kb = document.Kb;
        var tokens = paragraph.Tokens;
        var length = phrase.End - phrase.Start;
        if (kb.Organizations.TryMatch(tokens, phrase.Start, out var exact, out var matched) && matched == length)
            return FromEntry(document, exact);
        var words = Enumerable.Range(phrase.Start, length)
            .Where(i => !phrase.Excluded.Any(e => i >= e.Start && i < e.End))
            .Select(i => tokens[i]).ToList();
        // A lone body noun ("the Secretariat", "Council") names nothing by itself.
        if (length == 1 && phrase.Acronym is null) return null;
        // "the Peace Mission 2021 exercise": a name followed by a year is an event's, not a body's.
        if (phrase.End < tokens.Count && tokens[phrase.End].IsNumber && tokens[phrase.End].GapBefore is Gap.Space or Gap.Hyphen) return null;
        var signature = OrganizationSignature.Of(words);
        if (signature.Bag.Length == 0)
            return signature.Parent is { } p && kb.OrganizationsByName.TryGetValue(p, out var parentEntry) ? FromEntry(document, parentEntry) : null;
        if (kb.OrganizationsByBag.TryGetValue(signature.Bag, out var candidates) && Choose(kb, candidates, signature.Parent) is { } chosen)
            return FromEntry(document, chosen);
        if (phrase.Acronym is { } acronym && kb.OrganizationsByAcronym.TryGetValue(acronym, out var byAcronym))
            return FromEntry(document, byAcronym);

        if (length == 1 || words.Count(w => !w.IsAcronym) < 2 && !words.Any(w => w.IsAcronym)) return null;
        if (kb.Countries.TryMatch(tokens, phrase.Start, out _, out var countryLength) && countryLength == length) return null;

        var surface = Text.Collapse(paragraph.Slice(phrase.Start, phrase.End));
        var name = document.Known.CanonicalName(EntityKind.Organization, surface) ?? CanonicalName(surface);
        var draft = document.Entity(EntityKind.Organization, name);
        if (draft.ParentKey is null)
        {
            if (tokens[phrase.Start].Text == "SCO" || name.StartsWith("SCO ", StringComparison.Ordinal))
                draft.ParentKey = EntityKeys.For(EntityKind.Organization, OrganizationSignature.Sco);
            else if (tokens[phrase.Start].Text == "UN" || name.StartsWith("United Nations ", StringComparison.Ordinal))
                draft.ParentKey = EntityKeys.For(EntityKind.Organization, OrganizationSignature.Un);
            else if (phrase.FirstLinkRun is { } run && paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Organization && c.StartToken == run) is { Entity: { } parent })
                draft.ParentKey = parent.Key;
        }
        return draft;
    }

    private static OrganizationEntry? Choose(KnowledgeBase kb, List<OrganizationEntry> candidates, string? parent)
    {
        if (parent is not null) return candidates.FirstOrDefault(c => kb.Root(c).Name == parent);
        return candidates.FirstOrDefault(c => kb.Root(c).Name == OrganizationSignature.Sco)
            ?? candidates.FirstOrDefault(c => kb.Root(c).Name == OrganizationSignature.Un)
            ?? candidates[0];
    }

    /// <summary>"Cultural and Integration Centre of the Shanghai Cooperation Organisation" is the "SCO Cultural and Integration Centre".</summary>
    private static string CanonicalName(string surface)
    {
        foreach (var suffix in new[] { " of the Shanghai Cooperation Organisation", " of the Shanghai Cooperation Organization", " of the SCO" })
        {
            if (surface.EndsWith(suffix, StringComparison.Ordinal) && !surface[..^suffix.Length].Contains(" of ", StringComparison.Ordinal))
                return "SCO " + surface[..^suffix.Length];
        }
        return surface;
    }
}
