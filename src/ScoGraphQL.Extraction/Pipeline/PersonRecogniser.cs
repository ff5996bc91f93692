using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Knowledge;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// People and the titles the text gives them: "Chinese President Xi Jinping", "President of the Russian Federation
/// Vladimir Putin", "Acting President, Prime Minister of Kyrgyz Sadyr Japarov", "Miroslav Jenča, Assistant
/// Secretary-General for Europe, Central Asia and Americas in the United Nations Department of Political Affairs",
/// "Mr Norov". A title without a name ("the RATS Director") is kept as a <see cref="RoleReference"/>.
/// </summary>
internal sealed class PersonRecogniser : IRecogniser
{
    private sealed record RoleMatch(int Start, int End, string Title, string CoreTitle, EntityDraft? Organization, EntityDraft? Country);

    public void Apply(ReleaseDocument document)
    {
        foreach (var paragraph in document.Paragraphs) Recognise(document, paragraph);
        RecogniseTitleReferences(document, document.Title);
    }

    private static void Recognise(ReleaseDocument document, Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (document.Kb.Honorifics.Contains(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised
                && !tokens[i + 1].IsAcronym && (paragraph.GapIs(i, i + 1, "") || paragraph.GapIs(i, i + 1, ".")))
            {
                // "Dr Ritu Sharma": a whole name after the honorific is a person now; "Mr Norov" waits for its full name.
                var fullName = NameEnd(document, paragraph, i + 1);
                // "the University named after Academician Ivan Petrov": a namesake, not a person taking part.
                // The body's name may already hold the namesake, so the name can look empty here: skip it all the same.
                if (i >= 2 && tokens[i - 2].Lower == "named" && tokens[i - 1].Lower == "after")
                {
                    i = Math.Max(fullName, i + 2);
                    continue;
                }
                // "Mr El-Amin" is one hyphenated family name, not a given name and a surname.
                if (fullName - (i + 1) >= 2 && Enumerable.Range(i + 2, fullName - i - 2).Any(k => tokens[k].GapBefore == Gap.Space))
                {
                    AddPerson(document, paragraph, i + 1, fullName, []);
                    i = fullName;
                    continue;
                }
                var surnameEnd = Math.Max(fullName, i + 2);
                document.PendingSurnames.Add((paragraph, i, surnameEnd));
                i = surnameEnd;
                continue;
            }
            if (TryRole(document, paragraph, i) is not { } first)
            {
                // "Murat Zhunusov, head of its economic cooperation department": a lower-case title after a name.
                if (LowerCaseTitleEnd(document, paragraph, i) is var appositionEnd && appositionEnd > i && NameBefore(document, paragraph, i) is { } holder)
                {
                    var title = Text.Collapse(paragraph.Slice(i, appositionEnd));
                    AddPerson(document, paragraph, holder, i, [new RoleMatch(i, appositionEnd, title, CoreTitle(title), null, null)]);
                    i = appositionEnd;
                    continue;
                }
                // "… was read out by the head of the Ministry's legal department, Ivan Petrov": the same title before its name.
            if (LowerCaseTitleEnd(document, paragraph, i, beforeName: true) is var leadEnd && leadEnd > i && leadEnd < tokens.Count
                && paragraph.GapIs(leadEnd - 1, leadEnd, ",") && NameEnd(document, paragraph, leadEnd) is var leadName && leadName > leadEnd)
            {
                var title = Text.Collapse(paragraph.Slice(i, leadEnd));
                AddPerson(document, paragraph, leadEnd, leadName, [new RoleMatch(i, leadEnd, title, CoreTitle(title), null, null)]);
                i = leadName;
                continue;
            }
            // "Major General Ivan Petrov": a rank of two or more words introduces a name, without a role.
                var rankEnd = RankEnd(document, paragraph, i, minimumWords: 2);
                var rankedName = rankEnd > i ? NameEnd(document, paragraph, rankEnd) : i;
                if (rankedName > rankEnd)
                {
                    AddPerson(document, paragraph, rankEnd, rankedName, []);
                    i = rankedName;
                    continue;
                }
                i++;
                continue;
            }
            var roles = new List<RoleMatch> { first };
            var j = first.End;
            while (j < tokens.Count)
            {
                // "Acting President, Prime Minister of Kyrgyz …" and "… for Central Asia and Head of …" are one person's titles.
                // "Head of the Federal Service … (Rospotrebnadzor) and Chief State Sanitary Doctor …": the body's short name
                // in brackets stands between the two titles.
                var after = SkipParenthesis(paragraph, j);
                if (after >= tokens.Count) break;
                var separator = paragraph.Between(after - 1, after).Trim();
                var close = after > j ? ")" : "";
                var at = separator == close + "," ? after : tokens[after].Lower == "and" && separator == close ? after + 1 : -1;
                // "National Coordinator of Pakistan Ambassador Farhan Qureshi": a rank-like title right after a title that
                // names its country or body, then the name, is a second title of the same person.
                var spaced = at < 0 && separator.Length == 0 && after == j && roles[^1] is { } last && (last.Country ?? last.Organization) is not null
                    && tokens[after].IsCapitalised && document.Kb.Titles.TryMatch(tokens, after, out _, out _);
                if (spaced) at = after;
                if (at < 0 || at >= tokens.Count || TryRole(document, paragraph, at) is not { } next) break;
                if (spaced && NameAfterTitleEnd(document, paragraph, next.End) == next.End) break;
                roles.Add(next);
                j = next.End;
            }
            var nameStart = SkipParenthesis(paragraph, j);
            // A name runs on from its title across a space or a comma ("Chairman of the … Bank (NBKR), Nurbek Asanov"),
            // never across "; ", which starts a list's next item ("…, Deputy Minister of Finance; Zhou Wen, …").
            var nameMayFollow = nameStart < tokens.Count && paragraph.Between(nameStart - 1, nameStart).Trim() is "" or "," or ")" or "),";
            // "Head of the CIS ATC, Lieutenant General Yevgeny Sysoev", "External Affairs Minister Dr S. Jaishankar": a rank
            // or an honorific sits between the title and the name.
            if (nameMayFollow)
            {
                var afterRank = RankEnd(document, paragraph, nameStart, minimumWords: 1);
                var afterHonorific = afterRank == nameStart && document.Kb.Honorifics.Contains(tokens[nameStart].Text) ? nameStart + 1 : afterRank;
                if (afterHonorific > nameStart && NameAfterTitleEnd(document, paragraph, afterHonorific) > afterHonorific) nameStart = afterHonorific;
            }
            var nameEnd = nameMayFollow ? NameAfterTitleEnd(document, paragraph, nameStart) : nameStart;
            // "Welcoming the Secretary-General, Ali Hassan, Rector of …": the name between commas has its own title;
            // the title before it stands for someone else.
            if (nameEnd > nameStart && nameEnd < tokens.Count && first.Start > 0 && tokens[first.Start - 1].Lower == "the"
                && paragraph.GapIs(j - 1, j, ",") && paragraph.GapIs(nameEnd - 1, nameEnd, ",") && TryRole(document, paragraph, nameEnd) is not null)
                nameEnd = nameStart;
            // A name before that already has its title ("Chinese President Xi Jinping, Acting President, …") is a list's previous item.
            var named = nameEnd > nameStart && NameBefore(document, paragraph, first.Start) is { } nameBefore
                && !paragraph.IsClaimed(nameBefore, first.Start, ClaimKind.PersonName) ? nameBefore : (int?)null;
            // "Khamsing Vongphachanh, Ambassador … to China, Liu Bin, Director-General …": a name before the title and
            // one after a comma; the title is the first one's.
            if (named is { } owner && nameStart < tokens.Count && paragraph.Between(nameStart - 1, nameStart).Trim() == ",")
            {
                AddPerson(document, paragraph, owner, NameBeforeEnd(document, paragraph, first.Start), roles);
                i = j;
                continue;
            }
            // "Han Jun, Minister of Agriculture …, First Deputy Minister … Pavel Kuznetsov": the first title is Han Jun's,
            // the titles after it belong to the name they run into.
            if (named is { } previous && roles.Count > 1)
            {
                AddPerson(document, paragraph, previous, NameBeforeEnd(document, paragraph, first.Start), [first]);
                roles.RemoveAt(0);
            }
            if (nameEnd > nameStart)
            {
                AddPerson(document, paragraph, nameStart, nameEnd, roles);
                i = nameEnd;
                continue;
            }
            if (NameBefore(document, paragraph, first.Start) is { } before)
            {
                AddPerson(document, paragraph, before, NameBeforeEnd(document, paragraph, first.Start), roles);
                i = j;
                continue;
            }
            // "Minister Petrov noted …": a lone family name after the title says whose title it is.
            var surname = SurnameFollows(document, paragraph, j) ? tokens[j].Text : null;
            foreach (var role in roles)
            {
                document.RoleReferences.Add(new RoleReference(role.Title, role.CoreTitle, role.Organization?.Key, role.Country?.Key, role == roles[^1] ? surname : null, paragraph.Index));
                paragraph.Claims.Add(new Claim(ClaimKind.Role, role.Start, role.End, null));
            }
            i = j;
        }
    }

    private static void RecogniseTitleReferences(ReleaseDocument document, Paragraph title)
    {
        for (var i = 0; i < title.Tokens.Count; i++)
        {
            if (TryRole(document, title, i) is not { } role) continue;
            document.RoleReferences.Add(new RoleReference(role.Title, role.CoreTitle, role.Organization?.Key, role.Country?.Key, null, title.Index));
            i = role.End - 1;
        }
    }

    private static void AddPerson(ReleaseDocument document, Paragraph paragraph, int nameStart, int end, List<RoleMatch> roles)
    {
        var written = Text.Collapse(paragraph.Slice(nameStart, end));
        var name = document.Known.CanonicalName(EntityKind.Person, written) ?? written;
        var person = document.Entity(EntityKind.Person, name);
        document.Mention(person, paragraph, nameStart, end);
        paragraph.Claims.Add(new Claim(ClaimKind.PersonName, nameStart, end, person));
        for (var r = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            paragraph.Claims.Add(new Claim(ClaimKind.Role, role.Start, role.End, null));
            AddRole(document, person.Key, role.Title, role.Organization?.Key, role.Country?.Key);
            // "Chairman of the Government of the Russian Federation": a country named inside the body is the title's country too.
            var heldCountry = role.Country?.Key ?? paragraph.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Country && c.StartToken >= role.Start && c.EndToken <= role.End)?.Entity?.Key;
            document.PersonTitles.Add(new HeldTitle(person.Key, role.CoreTitle, role.Organization?.Key, heldCountry, paragraph.Index));
            // "Chairman of the Government of …" is the Prime Minister a later "the Russian Prime Minister" refers to.
            if (OfficeCore(document.Kb, role.Title) is { } office)
                document.PersonTitles.Add(new HeldTitle(person.Key, office, role.Organization?.Key, heldCountry, paragraph.Index));
            // "Deputy Prime Minister and Minister of Foreign Affairs": the two titles joined by "and" are also one title as written.
            if (r > 0 && roles[r - 1].End + 1 == role.Start && paragraph.Tokens[role.Start - 1].Lower == "and")
            {
                var previous = roles[r - 1];
                AddRole(document, person.Key, Text.Collapse(paragraph.Slice(previous.Start, role.End)),
                    previous.Organization?.Key ?? role.Organization?.Key, previous.Country?.Key ?? role.Country?.Key);
            }
        }
    }

    /// <summary>The usual name of the office a title words otherwise ("Chairman of the Government …" → "prime-minister"), else null.</summary>
    private static string? OfficeCore(KnowledgeBase kb, string title)
    {
        var folded = EntityKeys.Fold(title);
        foreach (var (wording, core) in kb.OfficeWordings)
        {
            if (folded == wording || folded.StartsWith(wording + "-", StringComparison.Ordinal)) return core;
        }
        return null;
    }

    public static void AddRole(ReleaseDocument document, string personKey, string title, string? organizationKey, string? countryKey)
    {
        if (document.Roles.Any(r => r.PersonKey == personKey && EntityKeys.Fold(r.Title) == EntityKeys.Fold(title))) return;
        document.Roles.Add(new ExtractedRole(personKey, title, organizationKey, countryKey));
    }

    /// <summary>[modifiers] TITLE [of/for/in qualifiers]: "SCO Secretary-General", "Prime Minister of India".</summary>
    private static RoleMatch? TryRole(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var kb = document.Kb;
        var tokens = paragraph.Tokens;
        EntityDraft? organization = null, country = null;
        var i = start;
        // Modifiers: an organisation's acronym or name, or a country adjective, right before the title.
        for (var guard = 0; guard < 2 && i < tokens.Count; guard++)
        {
            if (kb.Titles.TryMatch(tokens, i, out _, out _)) break;
            // "SCO Secretary-General", "Mongolia's Deputy Foreign Minister".
            if (paragraph.ClaimAt(i, ClaimKind.Organization) is { Entity: { } org } orgClaim && orgClaim.EndToken < tokens.Count && tokens[orgClaim.EndToken].GapBefore is Gap.Space or Gap.Possessive)
            {
                organization = org;
                i = orgClaim.EndToken;
                continue;
            }
            // The headline has no claims: a known acronym still names the body ("SCO Secretary-General holds …").
            if (paragraph.Index < 0 && tokens[i].IsAcronym && kb.OrganizationsByAcronym.TryGetValue(tokens[i].Text, out var known)
                && i + 1 < tokens.Count && tokens[i + 1].GapBefore == Gap.Space)
            {
                organization = OrganizationRecogniser.FromEntry(document, known);
                i++;
                continue;
            }
            if (paragraph.ClaimAt(i, ClaimKind.Country) is { Entity: { } c } countryClaim && countryClaim.EndToken < tokens.Count && tokens[countryClaim.EndToken].GapBefore is Gap.Space or Gap.Possessive)
            {
                country = c;
                i = countryClaim.EndToken;
                continue;
            }
            // In the headline a country name is still part of the title ("… with Mongolia's Deputy Foreign Minister").
            if (paragraph.Index < 0 && tokens[i].IsCapitalised && kb.Countries.TryMatch(tokens, i, out var adjective, out var countryLength)
                && i + countryLength < tokens.Count && tokens[i + countryLength].GapBefore is Gap.Space or Gap.Possessive)
            {
                country ??= CountryEntity(document, adjective);
                i += countryLength;
                continue;
            }
            // "The Commission's Chairperson": a body named by its head noun alone, in the possessive.
            if (tokens[i].IsCapitalised && tokens[i].Possessive && document.Kb.OrganizationHeads.Contains(tokens[i].Text) && i + 1 < tokens.Count
                && tokens[i + 1].GapBefore == Gap.Possessive && kb.Titles.TryMatch(tokens, i + 1, out _, out _))
            {
                i++;
                continue;
            }
            // "NATO's Deputy Chairman": a body's acronym, dotted or not, that no claim covers, in the possessive.
            if (tokens[i].IsAcronym && AcronymEnd(paragraph, i) is var acronymEnd && tokens[acronymEnd - 1].Possessive && acronymEnd < tokens.Count
                && tokens[acronymEnd].GapBefore == Gap.Possessive && kb.Titles.TryMatch(tokens, acronymEnd, out _, out _))
            {
                i = acronymEnd;
                continue;
            }
            break;
        }
        // "Russian Transport Minister", "Kyrgyz Economy Minister": a portfolio before a minister's title; after a country
        // or body, before any title ("India's Commercial Counsellor").
        var portfolioStart = i;
        while (i < tokens.Count && i - portfolioStart < 3 && tokens[i].IsCapitalised && kb.PortfolioWords.Contains(tokens[i].Text)
               && !kb.Titles.TryMatch(tokens, i, out _, out _)) i++;
        string? portfolioBefore = null;
        if (i > portfolioStart)
        {
            if (i >= tokens.Count || tokens[i].GapBefore != Gap.Space || !kb.Titles.TryMatch(tokens, i, out var minister, out _)
                || !(minister.EndsWith("Minister", StringComparison.Ordinal) || portfolioStart > start)) return null;
            portfolioBefore = Text.Collapse(paragraph.Slice(portfolioStart, i));
        }
        if (i >= tokens.Count || !kb.Titles.TryMatch(tokens, i, out var core, out var length)) return null;
        if (portfolioBefore is not null) core = portfolioBefore + " " + core;
        if (i > start && tokens[i].GapBefore is not (Gap.Space or Gap.Possessive)) return null;
        // Lower-case titles count only with a modifier ("the UN assistant secretary-general"); capitals otherwise.
        // "acting Rector of …" is written lower-case as often as not.
        if (!tokens[i].IsCapitalised && i == start && !(tokens[i].Lower == "acting" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised)) return null;
        // "the Secretary-General", and "The President stressed …": a bare title standing for the person who holds it.
        var afterArticle = start > 0 && tokens[start - 1].Lower == "the" && tokens[start].IsCapitalised
            && (core.Contains('-') || i + length < tokens.Count && tokens[i + length].IsLowerWord && tokens[i + length].GapBefore == Gap.Space
                && tokens[i + length].Lower is not ("of" or "for" or "in" or "to" or "and"));
        // "Secretary (West) of the Ministry …": a bracketed word that says which of several such posts stays in the title.
        if (BracketedPostEnd(paragraph, i + length) is var bracketEnd && bracketEnd > i + length) length = bracketEnd - i;
        if (tokens[i].Text is "Head" or "Secretary" or "Director" or "Chair" or "Minister" or "President" && i == start && !afterArticle
            && i + length < tokens.Count && tokens[i + length].Lower is not ("of" or "for") && !IsNameStart(document, paragraph, i + length)
            && !PortfolioGoesOn(document, paragraph, i + length) && !SurnameFollows(document, paragraph, i + length)) return null;
        var end = i + length;
        string? portfolio = null;
        var afterName = start > 0 && paragraph.GapIs(start - 1, start, ",");
        end = Qualifiers(document, paragraph, end, afterName, ref organization, ref country, ref portfolio);
        if (organization is null && country is null && end == i + length && i == start && !IsNameStart(document, paragraph, end)
            && !(start > 0 && paragraph.GapIs(start - 1, start, ",")) && !afterArticle && !TitleFollows(document, paragraph, end)
            && !SurnameFollows(document, paragraph, end)) return null;
        if (organization is null && country is null) country = DelegationCountry(paragraph, start);
        var title = Text.Collapse(paragraph.Slice(start, end));
        // "… Commission (EEC)": a body's claim that ends on its bracketed acronym leaves the closing bracket out.
        if (title.Count(c => c == '(') > title.Count(c => c == ')') && tokens[end - 1].End < paragraph.Text.Length && paragraph.Text[tokens[end - 1].End] == ')') title += ")";
        return new RoleMatch(start, end, title, CoreTitle(portfolio is null ? core : core + " of " + portfolio), organization, country);
    }

    /// <summary>
    /// "The Russian delegation was led by Deputy Minister for Civil Defence …": a title that names neither body nor
    /// country belongs to the country whose delegation its holder led.
    /// </summary>
    private static EntityDraft? DelegationCountry(Paragraph paragraph, int roleStart)
    {
        var tokens = paragraph.Tokens;
        var k = roleStart - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        if (k < 2 || tokens[k].Lower != "by" || tokens[k - 1].Lower is not ("led" or "headed")) return null;
        k -= 2;
        if (k >= 0 && tokens[k].Lower == "was") k--;
        if (k < 1 || tokens[k].Lower != "delegation") return null;
        return paragraph.ClaimAt(k - 1, ClaimKind.Country) is { Entity: { } country } claim && claim.EndToken == k ? country : null;
    }

    /// <summary>
    /// "Deputy Chairman Petrov said": a lone family name after a title, which stands for the title's holder (the name is
    /// resolved with the release's other names).
    /// </summary>
    private static bool SurnameFollows(ReleaseDocument document, Paragraph paragraph, int at)
    {
        var tokens = paragraph.Tokens;
        return at < tokens.Count && tokens[at].GapBefore == Gap.Space && IsNameWord(document, tokens[at]) && !tokens[at].Possessive
            && !paragraph.IsClaimed(at, at + 1, ClaimKind.Organization, ClaimKind.Country, ClaimKind.Place)
            && (at + 1 == tokens.Count || !tokens[at + 1].IsCapitalised || tokens[at + 1].GapBefore != Gap.Space);
    }

    /// <summary>The headline has no claims: the country entity the body found for a country the headline names.</summary>
    private static EntityDraft? CountryEntity(ReleaseDocument document, CountryEntry named) =>
        document.Entities.FirstOrDefault(e => e.Kind == EntityKind.Country && e.IsoCode == named.IsoCode);

    /// <summary>
    /// After a name and a comma, the end of a title written in lower case that names the body it heads: "head of its
    /// economic cooperation department", "deputy director of the legal department"; else <paramref name="start"/>. Without
    /// the body noun ("head of the delegation", "chairman of the meeting") it is a function, not a title. With
    /// <paramref name="beforeName"/>, the title follows "the" and its name comes after it and a comma ("by the head of the
    /// Ministry's legal department, Ivan Petrov").
    /// </summary>
    private static int LowerCaseTitleEnd(ReleaseDocument document, Paragraph paragraph, int start, bool beforeName = false)
    {
        const int longestBody = 6;
        const int longestOwner = 3;
        var tokens = paragraph.Tokens;
        var placed = beforeName
            ? start >= 1 && tokens[start - 1].Lower == "the" && tokens[start].GapBefore == Gap.Space
            : start >= 2 && tokens[start].GapBefore == Gap.Other && paragraph.GapIs(start - 1, start, ",");
        if (!tokens[start].IsLowerWord || !placed || !document.Kb.Titles.TryMatch(tokens, start, out _, out var length)) return start;
        var k = start + length;
        if (k + 1 >= tokens.Count || tokens[k].Lower != "of" || tokens[k].GapBefore != Gap.Space) return start;
        k++;
        if (document.Kb.AppositionDeterminers.Contains(tokens[k].Lower)) k++;
        // "of the Secretariat's legal department": the body that owns the department, in the possessive.
        var owner = k;
        while (owner < tokens.Count && owner - k < longestOwner && tokens[owner].IsCapitalised && !tokens[owner].Possessive) owner++;
        var owned = owner < tokens.Count && owner - k < longestOwner && tokens[owner].IsCapitalised && tokens[owner].Possessive;
        if (owned) k = owner + 1;
        var end = start;
        for (var limit = k + longestBody; k < tokens.Count && k < limit && tokens[k].IsLowerWord
             && (tokens[k].GapBefore is Gap.Space or Gap.Hyphen || owned && k == owner + 1 && tokens[k].GapBefore == Gap.Possessive); k++)
        {
            if (document.Kb.AppositionBodyNouns.Contains(tokens[k].Lower)) end = k + 1;
        }
        return end;
    }

    /// <summary>
    /// The end of the diplomatic formula "and other international organisations [in|at City]" that continues an envoy's
    /// title after the body it is accredited to, else <paramref name="start"/>.
    /// </summary>
    private static int OtherInternationalOrganizationsEnd(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        if (start + 3 >= tokens.Count || start == 0 || tokens[start].Lower != "and" || tokens[start + 1].Lower != "other"
            || tokens[start + 2].Lower != "international" || tokens[start + 3].Lower is not ("organizations" or "organisations")) return start;
        var end = start + 4;
        if (end + 1 < tokens.Count && tokens[end].Lower is "in" or "at" && tokens[end + 1].IsCapitalised
            && document.Kb.Places.TryMatch(tokens, end + 1, out _, out var placeLength)) end += 1 + placeLength;
        return end;
    }

    /// <summary>"… Foreign Affairs and International Cooperation": at "and", more portfolio words that are not a title.</summary>
    private static bool PortfolioGoesOn(ReleaseDocument document, Paragraph paragraph, int at)
    {
        var kb = document.Kb;
        var tokens = paragraph.Tokens;
        return at > 0 && at + 1 < tokens.Count && tokens[at].Lower == "and" && tokens[at].GapBefore == Gap.Space && kb.PortfolioWords.Contains(tokens[at - 1].Text)
            && tokens[at + 1].IsCapitalised && kb.PortfolioWords.Contains(tokens[at + 1].Text) && !kb.Titles.TryMatch(tokens, at + 1, out _, out _);
    }

    /// <summary>After a title, the end of "(West)" when "of" follows it, else <paramref name="start"/>.</summary>
    private static int BracketedPostEnd(Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        if (start + 1 >= tokens.Count || !tokens[start].IsCapitalised || tokens[start].IsAcronym || !paragraph.GapIs(start - 1, start, "(")
            || !paragraph.GapIs(start, start + 1, ")") || tokens[start + 1].Lower is not ("of" or "at")) return start;
        return start + 1;
    }

    /// <summary>A body the knowledge base lists, by acronym or by name, starting at token <paramref name="start"/>.</summary>
    private static (OrganizationEntry Entry, int Length)? KnownBody(KnowledgeBase kb, IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].IsAcronym && kb.OrganizationsByAcronym.TryGetValue(tokens[start].Text, out var byAcronym)) return (byAcronym, 1);
        return tokens[start].IsCapitalised && kb.Organizations.TryMatch(tokens, start, out var byName, out var length) ? (byName, length) : null;
    }

    /// <summary>
    /// "Acting President, Prime Minister of …": another title after the comma; "Deputy Prime Minister and Minister of …":
    /// after "and".
    /// </summary>
    private static bool TitleFollows(ReleaseDocument document, Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        if (end < tokens.Count && tokens[end].Lower == "and" && tokens[end].GapBefore == Gap.Space) end++;
        else if (end >= tokens.Count || !paragraph.GapIs(end - 1, end, ",")) return false;
        return end < tokens.Count && tokens[end].IsCapitalised && document.Kb.Titles.TryMatch(tokens, end, out _, out _);
    }

    /// <summary>
    /// "of the Russian Federation", "for Europe, Central Asia and Americas in the United Nations Department …", "to the
    /// People's Republic of China", "of the Government of the Russian Federation" (when a name follows).
    /// </summary>
    private static int Qualifiers(ReleaseDocument document, Paragraph paragraph, int end, bool afterName, ref EntityDraft? organization, ref EntityDraft? country, ref string? portfolio)
    {
        var kb = document.Kb;
        var tokens = paragraph.Tokens;
        var bracketSkipped = false;
        for (var guard = 0; guard < 4 && end < tokens.Count; guard++)
        {
            // "Permanent Representative … to the United Nations and Other International Organizations in Vienna".
            if (OtherInternationalOrganizationsEnd(document, paragraph, end) is var formulaEnd && formulaEnd > end)
            {
                end = formulaEnd;
                continue;
            }
            // "Minister of Foreign Affairs and International Cooperation": a listed title whose portfolio goes on after
            // "and" (not "… and National Coordinator", a second title).
            if (PortfolioGoesOn(document, paragraph, end))
            {
                end = Portfolio(document, paragraph, end + 1);
                continue;
            }
            var link = tokens[end].Lower;
            // "Secretary (West) of …": the bracket closes right before the link; so does a body's acronym ("… Congress (NPC) of China").
            if (tokens[end].GapBefore != Gap.Space && !((guard == 0 || bracketSkipped) && paragraph.GapIs(end - 1, end, ")")) || link is not ("of" or "for" or "in" or "to" or "at")) break;
            bracketSkipped = false;
            var m = end + 1;
            if (m < tokens.Count && tokens[m].Lower == "the") m++;
            if (m >= tokens.Count) break;
            // "Adviser at the Ministry of …": "at" links only a body, and only right after the title ("… to China at the
            // SCO Secretariat" says where a meeting was).
            if (link == "at" && (guard > 0 || paragraph.ClaimAt(m, ClaimKind.Organization) is null)) break;
            if (paragraph.ClaimAt(m, ClaimKind.Organization) is { Entity: { } org } orgClaim)
            {
                organization ??= org;
                end = orgClaim.EndToken;
                // "Standing Committee of the National People's Congress (NPC) of China Li Ming": the body's acronym, then more.
                if (SkipParenthesis(paragraph, end) is var afterAcronym && afterAcronym > end && afterAcronym + 1 < tokens.Count
                    && tokens[afterAcronym].Lower is "of" or "in")
                {
                    end = afterAcronym;
                    bracketSkipped = true;
                    continue;
                }
                // "Li Hua, Vice President of the … Federation (ACWF), proposed …": after the name, the acronym closes the title.
                if (afterName && afterAcronym > end && (afterAcronym == tokens.Count || !paragraph.GapIs(afterAcronym - 1, afterAcronym, ")")))
                {
                    end = afterAcronym;
                    break;
                }
                // "National Coordinator … for SCO Affairs".
                if (link == "for") end = Portfolio(document, paragraph, end);
                // "of the Ministry of Mines, Quarries and Minerals" when the body's claim stops at the list's first comma.
                end = PortfolioListEnd(document, paragraph, end, firstItemRead: true);
                continue;
            }
            if (paragraph.ClaimAt(m, ClaimKind.Country) is { Entity: { } c } countryClaim)
            {
                // "Director of the Russian House in Tashkent Oleg Smirnov": a country's adjective begins a body's name.
                var afterCountry = countryClaim.EndToken;
                EntityDraft? ownOrganization = null, ownCountry = null;
                if (link == "of" && afterCountry < tokens.Count && tokens[afterCountry].IsCapitalised && tokens[afterCountry].GapBefore == Gap.Space
                    && !IsNameStart(document, paragraph, afterCountry)
                    && BodyBeforeName(document, paragraph, m, afterName, ref ownOrganization, ref ownCountry) is var ownedEnd && ownedEnd > afterCountry)
                {
                    country ??= c;
                    organization ??= ownOrganization;
                    end = ownedEnd;
                    break;
                }
                country ??= c;
                end = countryClaim.EndToken;
                // "Additional Secretary in India's Department of Economic Affairs": the country's own body follows.
                if (tokens[end - 1].Possessive && paragraph.ClaimAt(end, ClaimKind.Organization) is { Entity: { } ownBody } ownClaim)
                {
                    organization ??= ownBody;
                    end = ownClaim.EndToken;
                }
                // "of the Russian part of the … Council": the title goes on to the body that part belongs to.
                if (end + 2 < tokens.Count && tokens[end].GapBefore == Gap.Space && kb.BodyPartWords.Contains(tokens[end].Text) && tokens[end + 1].Lower == "of")
                {
                    var body = tokens[end + 2].Lower == "the" ? end + 3 : end + 2;
                    if (body < tokens.Count && paragraph.ClaimAt(body, ClaimKind.Organization) is not null) end++;
                }
                continue;
            }
            // The headline has no claims: "Secretary-General of the SCO holds talks …", "Executive Director of UNODC".
            if (paragraph.Index < 0 && KnownBody(kb, tokens, m) is var (entry, bodyLength))
            {
                organization ??= OrganizationRecogniser.FromEntry(document, entry);
                end = m + bodyLength;
                continue;
            }
            // "President of Uzbekistan receives …": a country the body names too.
            if (paragraph.Index < 0 && tokens[m].IsCapitalised && kb.Countries.TryMatch(tokens, m, out var named, out var countryLength))
            {
                country ??= CountryEntity(document, named);
                end = m + countryLength;
                continue;
            }
            if (link == "of" && kb.Titles.TryMatch(tokens, m, out _, out var titleLength) && tokens[m].IsCapitalised)
            {
                end = m + titleLength;
                continue;
            }
            // "Minister of Youth, Sport and Leisure": portfolios listed with commas and closed by "and".
            if (link == "of" && m == end + 1 && PortfolioListEnd(document, paragraph, m, firstItemRead: false) is var listEnd && listEnd > m)
            {
                portfolio ??= Text.Collapse(paragraph.Slice(m, listEnd));
                end = listEnd;
                continue;
            }
            // "Minister of National Defence", "Minister of Foreign Affairs": a portfolio.
            if (link == "of" && m == end + 1 && Portfolio(document, paragraph, m) is var portfolioEnd && portfolioEnd > m)
            {
                portfolio ??= Text.Collapse(paragraph.Slice(m, portfolioEnd));
                end = portfolioEnd;
                continue;
            }
            // "Minister of State for External Affairs".
            if (link == "for" && m == end + 1 && portfolio is null && Portfolio(document, paragraph, m) is var forEnd && forEnd > m)
            {
                portfolio = Text.Collapse(paragraph.Slice(m, forEnd));
                end = forEnd;
                continue;
            }
            if (link == "for" && PlaceList(document, paragraph, m) is var placesEnd && placesEnd > m)
            {
                end = placesEnd;
                continue;
            }
            // "… Centre in Tashkent Oleg Smirnov": after "in", the city the body sits in, then the name.
            if (link is "of" or "in" && BodyBeforeName(document, paragraph, m, afterName, ref organization, ref country) is var bodyEnd && bodyEnd > m) end = bodyEnd;
            break;
        }
        return end;
    }

    /// <summary>
    /// "Government of the Russian Federation Viktor Kozlov", "Culture and Information of Kazakhstan Yerbol …", "Board of
    /// the SCO Business Council Yang Yong": capitalised words and links up to a country or body that a name directly
    /// follows; the end of that country or body, or <paramref name="start"/> when no name follows one.
    /// </summary>
    private static int BodyBeforeName(ReleaseDocument document, Paragraph paragraph, int start, bool afterName, ref EntityDraft? organization, ref EntityDraft? country)
    {
        const int longestPhrase = 12;
        var tokens = paragraph.Tokens;
        var k = start;
        var afterParenthesis = false;
        while (k < tokens.Count && k - start < longestPhrase)
        {
            // "… Energy Administration (NEA) of China Wang Jiansheng": the body's acronym in brackets, then more of its name.
            if (k > start && !afterParenthesis && SkipParenthesis(paragraph, k) is var bracketEnd && bracketEnd > k && bracketEnd < tokens.Count)
            {
                if (IsNameStart(document, paragraph, bracketEnd)) return bracketEnd;
                k = bracketEnd;
                afterParenthesis = tokens[k].Lower is "of" or "in";
                if (afterParenthesis) continue;
            }
            // "Director of the Bureau of Mines, Quarries and Minerals Zhao Peng": a portfolio list ends the body.
            // A possessive goes on into the body it owns ("under the Prosecutor General's Office of …").
            if (k > start && !afterParenthesis && tokens[k].GapBefore is not (Gap.Space or Gap.Hyphen or Gap.Possessive))
                return PortfolioListEnd(document, paragraph, k, firstItemRead: true) is var listEnd && listEnd > k && IsNameStart(document, paragraph, listEnd) ? listEnd : start;
            // "Chairman of VEB.RF Ivan Petrov": a body written as an acronym, dotted or not, that no claim covers, then the name.
            if (k == start && tokens[k].IsAcronym && AcronymEnd(paragraph, k) is var acronymEnd && IsNameStart(document, paragraph, acronymEnd))
                return acronymEnd;
            // "Head of the Republic of Tatarstan Ivan Petrov", "Mayor of Kazan Ivan Petrov": a known region or city, then the name.
            if (tokens[k].IsCapitalised && document.Kb.Places.TryMatch(tokens, k, out _, out var placeLength) && IsNameStart(document, paragraph, k + placeLength))
                return k + placeLength;
            // "Governor of the Khatlon Province Ali Rahimov": a region the gazetteer lacks, named by its suffix, then the name.
            if (k > start && tokens[k - 1].IsCapitalised && document.Kb.RegionSuffixes.Contains(tokens[k].Text) && IsNameStart(document, paragraph, k + 1))
                return k + 1;
            afterParenthesis = false;
            var claim = paragraph.ClaimAt(k, ClaimKind.Country) ?? paragraph.ClaimAt(k, ClaimKind.Organization);
            // "… of Traditional Chinese Medicine Zhang Ruiqing": a country's adjective that a common noun follows is part of the body's name.
            if (claim is { Kind: ClaimKind.Country } && claim.EndToken + 1 < tokens.Count && tokens[claim.EndToken].IsCapitalised
                && tokens[claim.EndToken].GapBefore == Gap.Space && document.Kb.EnglishWords.Contains(tokens[claim.EndToken].Lower)
                && !document.Kb.Titles.TryMatch(tokens, claim.EndToken, out _, out _)
                && IsNameStart(document, paragraph, claim.EndToken + 1))
                return claim.EndToken + 1;
            if (claim is { Entity: { } entity })
            {
                // "… Eurasian Economic Union (EAEU) Roman Golubev": the body's acronym may stand between. "Mikhail
                // Mishustin, Chairman of the Government of the Russian Federation.": after the name, the clause's end.
                if (IsNameStart(document, paragraph, SkipParenthesis(paragraph, claim.EndToken))
                    || afterName && (claim.EndToken == tokens.Count || tokens[claim.EndToken].GapBefore == Gap.Other))
                {
                    if (claim.Kind == ClaimKind.Country) country ??= entity;
                    else organization ??= entity;
                    return claim.EndToken;
                }
                k = claim.EndToken;
                continue;
            }
            // "Rector of the University Dilnoza Karimova", "Deputy Commissioner of the National Immigration Administration Li
            // Guohua": a body that ends in its head noun, then the name.
            if (IsBodyNoun(document, tokens[k]) && IsNameStart(document, paragraph, k + 1)) return k + 1;
            // "the Director General of the Institute, Dr Amna Malik": a body named by its head noun alone, then a comma and the name.
            if (k == start && !afterName && IsBodyNoun(document, tokens[k]) && k + 2 < tokens.Count && paragraph.GapIs(k, k + 1, ",")
                && (IsNameStart(document, paragraph, k + 1) || document.Kb.Honorifics.Contains(tokens[k + 1].Text) && IsNameStart(document, paragraph, k + 2)))
                return k + 1;
            // "Department on Combating Economic Crimes under the Prosecutor General's Office of …": "on" a remit, "under" a parent body.
            if (tokens[k].Lower is "of" or "the" or "and" or "to" or "for" or "in" or "on" or "under" || tokens[k].IsCapitalised && !paragraph.IsClaimed(k, k + 1, ClaimKind.PersonName))
            {
                k++;
                continue;
            }
            break;
        }
        return start;
    }

    private static bool IsBodyNoun(ReleaseDocument document, Token token) =>
        token.IsCapitalised && (document.Kb.OrganizationHeads.Contains(token.Text) || document.Kb.AppositionBodyNouns.Contains(token.Lower));

    /// <summary>The token after an acronym whose parts a single dot joins ("VEB.RF"), or after a plain one.</summary>
    private static int AcronymEnd(Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var end = start + 1;
        while (end < tokens.Count && tokens[end].IsAcronym && tokens[end].Start - tokens[end - 1].End == 1 && paragraph.Text[tokens[end - 1].End] == '.') end++;
        return end;
    }

    private static int Portfolio(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var words = document.Kb.PortfolioWords;
        var end = start;
        while (end < tokens.Count && tokens[end].IsCapitalised && words.Contains(tokens[end].Text)
               && (end == start || tokens[end].GapBefore is Gap.Space or Gap.Hyphen || ClosedPortfolioList(paragraph, words, end)))
        {
            end++;
            // "Culture and Information": portfolios joined by "and".
            if (end + 1 < tokens.Count && tokens[end].Text == "and" && tokens[end + 1].IsCapitalised && words.Contains(tokens[end + 1].Text)) end++;
        }
        return end;
    }

    /// <summary>"Water Resources, Agriculture and Processing Industry": after a comma, portfolios that an "and" closes.</summary>
    private static bool ClosedPortfolioList(Paragraph paragraph, HashSet<string> words, int at)
    {
        var tokens = paragraph.Tokens;
        if (paragraph.Between(at - 1, at) != ", ") return false;
        for (var k = at; k + 1 < tokens.Count && k - at < 4 && words.Contains(tokens[k].Text); k++)
        {
            if (tokens[k + 1].Text == "and" && tokens[k + 1].GapBefore == Gap.Space && k + 2 < tokens.Count && words.Contains(tokens[k + 2].Text)) return true;
            if (tokens[k + 1].GapBefore != Gap.Space) return false;
        }
        return false;
    }

    /// <summary>
    /// "Cultural Heritage, Tourism and Handicrafts": items of up to three capitalised words joined by commas and closed by
    /// "and"; the end of the last item, else <paramref name="start"/>. Items after the first are portfolio or English
    /// words, so a name that follows the list ("… and Handicrafts Ali Rahimi") is not read into it. With
    /// <paramref name="firstItemRead"/>, the first item ends right before <paramref name="start"/>.
    /// </summary>
    private static int PortfolioListEnd(ReleaseDocument document, Paragraph paragraph, int start, bool firstItemRead)
    {
        var tokens = paragraph.Tokens;
        var k = firstItemRead ? start : ListItemEnd(document, paragraph, start, anyWord: true);
        if (k == start && !firstItemRead) return start;
        var commas = 0;
        while (k < tokens.Count && paragraph.Between(k - 1, k) == ", " && ListItemEnd(document, paragraph, k, anyWord: false) is var next && next > k)
        {
            k = next;
            commas++;
        }
        if (k >= tokens.Count || tokens[k].Lower != "and" || commas == 0) return start;
        var last = ListItemEnd(document, paragraph, k + 1, anyWord: false);
        return last > k + 1 ? last : start;
    }

    private static int ListItemEnd(ReleaseDocument document, Paragraph paragraph, int start, bool anyWord)
    {
        const int longestItem = 3;
        var tokens = paragraph.Tokens;
        var end = start;
        while (end < tokens.Count && end - start < longestItem && tokens[end].IsCapitalised && !tokens[end].IsAcronym
               && (end == start || tokens[end].GapBefore == Gap.Space)
               && (anyWord || document.Kb.PortfolioWords.Contains(tokens[end].Text) || document.Kb.EnglishWords.Contains(tokens[end].Lower))
               && !paragraph.IsClaimed(end, end + 1, ClaimKind.Organization, ClaimKind.Country, ClaimKind.PersonName)
               && !document.Kb.Titles.TryMatch(tokens, end, out _, out _))
            end++;
        return end;
    }

    /// <summary>"Europe, Central Asia and Americas": places and regions joined by commas and "and".</summary>
    private static int PlaceList(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var end = start;
        var i = start;
        while (i < tokens.Count && document.Kb.Places.TryMatch(tokens, i, out _, out var length))
        {
            end = i + length;
            if (end >= tokens.Count) break;
            var separator = paragraph.Between(end - 1, end).Trim();
            if (separator == "," && end < tokens.Count) i = end;
            else if (separator.Length == 0 && tokens[end].Lower == "and" && end + 1 < tokens.Count) i = end + 1;
            else break;
        }
        return end;
    }

    /// <summary>The token after a military rank starting at <paramref name="start"/> (of at least <paramref name="minimumWords"/> words), else <paramref name="start"/>.</summary>
    private static int RankEnd(ReleaseDocument document, Paragraph paragraph, int start, int minimumWords)
    {
        var tokens = paragraph.Tokens;
        if (start >= tokens.Count || !tokens[start].IsCapitalised) return start;
        return document.Kb.MilitaryRanks.TryMatch(tokens, start, out var words, out var length) && words >= minimumWords ? start + length : start;
    }

    /// <summary>
    /// After a body's name, the token after its short name in brackets: an acronym ("(NBKR)"), an acronym and a head
    /// noun ("(AIR Center)") or one word ("(Rospotrebnadzor)"); else <paramref name="j"/>.
    /// </summary>
    private static int SkipParenthesis(Paragraph paragraph, int j)
    {
        const int longestShortName = 3;
        var tokens = paragraph.Tokens;
        if (j >= tokens.Count || !paragraph.GapIs(j - 1, j, "(")) return j;
        var k = j;
        while (k < tokens.Count && tokens[k].IsAcronym) k++;
        if (k == j && tokens[j].IsCapitalised) k = j + 1;
        while (k > j && k < tokens.Count && k - j < longestShortName && tokens[k].IsCapitalised && tokens[k].GapBefore == Gap.Space) k++;
        return k > j && k < tokens.Count && (paragraph.GapIs(k - 1, k, ")") || paragraph.GapIs(k - 1, k, "),")) ? k : j;
    }

    private static bool IsNameWord(ReleaseDocument document, Token token) =>
        token.IsCapitalised && !token.IsAcronym && token.Text.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
        && !Words.CapitalisedStopWords.Contains(token.Text) && !document.Kb.TitleWords.Contains(token.Text)
        && !document.Kb.OrganizationHeads.Contains(token.Text) && !document.Kb.Honorifics.Contains(token.Text)
        && !document.Kb.RegionSuffixes.Contains(token.Text);

    private static bool IsNameStart(ReleaseDocument document, Paragraph paragraph, int i) => NameAfterTitleEnd(document, paragraph, i) > i;

    /// <summary>
    /// A name right after a title may start with a family name spelled like a stop word ("Chairman He Bo") or with an
    /// initial ("Minister S. Jaishankar"; only after a title, where "B. Officials" cannot be read as a name).
    /// </summary>
    private static int NameAfterTitleEnd(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        if (start + 1 < tokens.Count && tokens[start].Text.Length == 1 && char.IsUpper(tokens[start].Text[0]) && paragraph.GapIs(start, start + 1, ".")
            && IsNameWord(document, tokens[start + 1]) && !paragraph.IsClaimed(start + 1, start + 2, ClaimKind.Organization, ClaimKind.Country))
            return Math.Max(start + 2, NameEnd(document, paragraph, start + 1));
        if (start == 0 || start + 1 >= tokens.Count || tokens[start].GapBefore != Gap.Space || !document.Kb.WordLikeSurnames.Contains(tokens[start].Text))
            return NameEnd(document, paragraph, start);
        // The given name: one or two name words ("He Bo", "He Yafei").
        var end = start + 1;
        while (end < tokens.Count && end - start < 3 && IsNameWord(document, tokens[end]) && tokens[end].GapBefore is Gap.Space or Gap.Hyphen
               && !paragraph.IsClaimed(end, end + 1, ClaimKind.Organization, ClaimKind.Country, ClaimKind.Place))
        {
            end++;
            if (tokens[end - 1].Possessive) break;
        }
        return end > start + 1 ? end : start;
    }

    /// <summary>End of a 2–4 word personal name starting at <paramref name="start"/>, or <paramref name="start"/> if none.</summary>
    private static int NameEnd(ReleaseDocument document, Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var end = start;
        while (end < tokens.Count && end - start < 4 && IsNameWord(document, tokens[end])
               && (end == start || tokens[end].GapBefore is Gap.Space or Gap.Hyphen) && !paragraph.IsClaimed(end, end + 1, ClaimKind.Organization, ClaimKind.Country))
        {
            end++;
            if (tokens[end - 1].Possessive) break;
        }
        if (end - start < 2) return start;
        if (start > 0 && tokens[start].GapBefore is not (Gap.Space or Gap.Other)) return start;
        return document.Kb.Places.TryMatch(tokens, start, out _, out var placeLength) && placeLength >= end - start ? start : end;
    }

    /// <summary>"Miroslav Jenča, Assistant Secretary-General …": the name before the comma.</summary>
    private static int? NameBefore(ReleaseDocument document, Paragraph paragraph, int roleStart)
    {
        roleStart = NameBeforeEnd(document, paragraph, roleStart);
        if (roleStart < 2 || !paragraph.GapIs(roleStart - 1, roleStart, ",")) return null;
        var tokens = paragraph.Tokens;
        var start = roleStart;
        while (start > 0 && roleStart - start < 4 && IsNameWord(document, tokens[start - 1])
               && (start == roleStart || tokens[start].GapBefore is Gap.Space or Gap.Hyphen)
               && !paragraph.IsClaimed(start - 1, start, ClaimKind.Organization, ClaimKind.Country, ClaimKind.Role))
            start--;
        // "received at the Secretariat in Beijing Ali Hassan, the …": a place after "in" is not the name's first word.
        if (start > 0 && tokens[start - 1].Lower is "in" or "at" or "from" && document.Kb.Places.TryMatch(tokens, start, out _, out var placeLength)
            && roleStart - (start + placeLength) >= 2) start += placeLength;
        return roleStart - start >= 2 && NameEnd(document, paragraph, start) == roleStart ? start : null;
    }

    /// <summary>
    /// Where a name before a title ends: the title's start, or the "the" of "Ali Hassan, the newly appointed Ambassador
    /// …", whose article and appointment words belong to neither the name nor the title.
    /// </summary>
    private static int NameBeforeEnd(ReleaseDocument document, Paragraph paragraph, int roleStart)
    {
        var tokens = paragraph.Tokens;
        var k = roleStart;
        while (k > 0 && roleStart - k < 2 && tokens[k - 1].IsLowerWord && document.Kb.RoleModifiers.Contains(tokens[k - 1].Lower)) k--;
        return k > 1 && tokens[k - 1].Lower == "the" && paragraph.GapIs(k - 2, k - 1, ",") ? k - 1 : roleStart;
    }

    /// <summary>
    /// "General-Secretary" and "Secretary-General" are one title for matching references, and so are "Deputy Minister of
    /// Foreign Affairs" and "Deputy Foreign Minister".
    /// </summary>
    private static string CoreTitle(string title)
    {
        var folded = EntityKeys.Fold(title);
        const string MinisterOf = "minister-of-";
        if (folded.IndexOf(MinisterOf, StringComparison.Ordinal) is var at and >= 0 && folded.Length > at + MinisterOf.Length)
        {
            var portfolio = folded[(at + MinisterOf.Length)..];
            folded = folded[..at] + (portfolio == "foreign-affairs" ? "foreign" : portfolio) + "-minister";
        }
        return folded switch
        {
            "general-secretary" or "secretary-general" => "secretary-general",
            "asg" or "assistant-secretary-general" => "assistant-secretary-general",
            "defense-minister" => "defence-minister",
            _ => folded,
        };
    }
}
