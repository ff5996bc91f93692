using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Merges the ways one person is written: "Mr Norov" and "Norov" join the release's "Vladimir Norov" (or, failing
/// that, the corpus's, via <see cref="IKnownEntities"/>); later bare full names become mentions; titles used
/// without a name ("the RATS Director") go to the one person who holds that title.
/// </summary>
internal sealed class PersonResolver : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        var persons = document.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        ResolveHonorifics(document, persons);
        persons = document.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        MentionNames(document, persons);
        ResolveRoleReferences(document);
    }

    private static string Surname(string name) => EntityKeys.Fold(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    private static void ResolveHonorifics(ReleaseDocument document, List<EntityDraft> persons)
    {
        foreach (var (paragraph, start, end) in document.PendingSurnames)
        {
            var surname = Text.Collapse(paragraph.Slice(start + 1, end));
            var matches = BySurname(persons, surname);
            var person = matches.Count == 1 ? matches[0]
                : document.Known.PersonBySurname(surname) is { } known ? document.Entity(EntityKind.Person, known)
                : document.Entity(EntityKind.Person, surname);
            document.Mention(person, paragraph, start, end);
            paragraph.Claims.Add(new Claim(ClaimKind.PersonName, start, end, person));
        }
    }

    /// <summary>The persons whose family name is <paramref name="surname"/>, written last or, failing that, first ("Zhang Ming" is Mr Zhang).</summary>
    private static List<EntityDraft> BySurname(List<EntityDraft> persons, string surname)
    {
        var folded = EntityKeys.Fold(surname);
        var matches = persons.Where(p => Surname(p.Name) == folded).ToList();
        if (matches.Count == 0) matches = persons.Where(p => p.Name.Contains(' ', StringComparison.Ordinal) && EntityKeys.Fold(p.Name.Split(' ')[0]) == folded).ToList();
        return matches;
    }

    private static void MentionNames(ReleaseDocument document, List<EntityDraft> persons)
    {
        var byFull = persons.Where(p => p.Name.Contains(' ', StringComparison.Ordinal))
            .Select(p => (Person: p, Words: Tokenizer.Tokenize(p.Name).Select(t => EntityKeys.Fold(t.Text)).ToArray()))
            .ToList();
        var bySurname = byFull.GroupBy(p => p.Words[^1]).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Person);
        foreach (var paragraph in document.Paragraphs)
        {
            var tokens = paragraph.Tokens;
            var folded = paragraph.Folded;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || paragraph.IsClaimed(i, i + 1, ClaimKind.PersonName)) continue;
                var matched = false;
                foreach (var (person, words) in byFull)
                {
                    if (i + words.Length > tokens.Count || !SameWords(folded, i, words)) continue;
                    document.Mention(person, paragraph, i, i + words.Length);
                    paragraph.Claims.Add(new Claim(ClaimKind.PersonName, i, i + words.Length, person));
                    i += words.Length - 1;
                    matched = true;
                    break;
                }
                if (matched) continue;
                if (bySurname.TryGetValue(folded[i], out var bySurnameOnly)
                    && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && tokens[i + 1].GapBefore == Gap.Space))
                {
                    document.Mention(bySurnameOnly, paragraph, i, i + 1, asAlias: false);
                    paragraph.Claims.Add(new Claim(ClaimKind.PersonName, i, i + 1, bySurnameOnly));
                }
            }
        }
    }

    private static bool SameWords(IReadOnlyList<string> folded, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (folded[start + k] != words[k]) return false;
        }
        return true;
    }

    private static void ResolveRoleReferences(ReleaseDocument document)
    {
        var persons = document.Entities.Where(e => e.Kind == EntityKind.Person && e.Name.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var reference in document.RoleReferences)
        {
            if (reference.Surname is { } surname && BySurname(persons, surname) is [var named])
            {
                PersonRecogniser.AddRole(document, named.Key, reference.Title, reference.OrganizationKey, reference.CountryKey);
                continue;
            }
            var holders = Holders(document, reference, t => t.CoreTitle == reference.CoreTitle);
            // "The Minister informed …", "the Federal Minister", "the Foreign Minister": the one holder of a longer
            // wording of that title ("Federal Minister for Defence", "Minister of Foreign Affairs and …"), but never of
            // a deputy's or vice's office.
            if (holders.Count == 0) holders = Holders(document, reference, t => Narrows(document.Kb, t.CoreTitle, reference.CoreTitle));
            // "SCO Secretary-General Ivan Petrov addressed … The Secretary-General said": of several holders, the one
            // introduced in the reference's own paragraph.
            if (holders.Count > 1)
            {
                var candidates = holders;
                holders = document.PersonTitles.Where(t => candidates.Contains(t.PersonKey) && t.Paragraph == reference.Paragraph && reference.Paragraph >= 0)
                    .Select(t => t.PersonKey).Distinct().ToList();
                // "Mr Qureshi noted … 'Our task is …,' the Minister said": else the one the paragraph names.
                if (holders.Count == 0 && reference.Paragraph >= 0)
                    holders = document.Mentions.Where(m => m.Paragraph == reference.Paragraph && candidates.Contains(m.EntityKey))
                        .Select(m => m.EntityKey).Distinct().ToList();
            }
            if (holders.Count != 1) continue;
            PersonRecogniser.AddRole(document, holders[0], reference.Title, reference.OrganizationKey, reference.CountryKey);
        }
    }

    /// <summary>Whether <paramref name="held"/> has every word of <paramref name="reference"/> and no junior modifier besides.</summary>
    private static bool Narrows(Knowledge.KnowledgeBase kb, string held, string reference)
    {
        var heldWords = held.Split('-');
        var referenceWords = reference.Split('-');
        return referenceWords.All(heldWords.Contains) && !heldWords.Any(w => !referenceWords.Contains(w) && kb.JuniorModifiers.Contains(w));
    }

    private static List<string> Holders(ReleaseDocument document, RoleReference reference, Func<HeldTitle, bool> title) =>
        document.PersonTitles.Where(t => title(t) && Compatible(document, reference, t)).Select(t => t.PersonKey).Distinct().ToList();

    private static bool Compatible(ReleaseDocument document, RoleReference reference, HeldTitle held)
    {
        if (reference.CountryKey is not null && held.CountryKey is not null && reference.CountryKey != held.CountryKey) return false;
        if (reference.OrganizationKey is null || held.OrganizationKey is null) return true;
        return document.Kb.IsWithin(held.OrganizationKey, reference.OrganizationKey, document)
            || document.Kb.IsWithin(reference.OrganizationKey, held.OrganizationKey, document);
    }
}
