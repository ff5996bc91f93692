using System.Text.RegularExpressions;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// Links the entities: who took part in the primary event, which event adopted which document (a numbered list
/// under a dated heading, "the participants adopted …", and a UN resolution N/x adopted at the Nth session).
/// </summary>
internal sealed partial class RelationBuilder : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        var events = document.Entities.Where(e => e.Kind == EntityKind.Event).ToList();
        var primary = events.FirstOrDefault(e => e.IsPrimary);
        if (primary is not null) Participants(document, primary);
        foreach (var doc in document.Entities.Where(e => e.Kind == EntityKind.Document).ToList())
        {
            var adoptedAt = AdoptedAt(document, doc, events, primary);
            if (adoptedAt is null) continue;
            doc.AdoptedAtKey = adoptedAt.Key;
            if (!adoptedAt.DocumentKeys.Contains(doc.Key)) adoptedAt.DocumentKeys.Add(doc.Key);
        }
    }

    private static void Participants(ReleaseDocument document, EntityDraft primary)
    {
        foreach (var person in document.Entities.Where(e => e.Kind == EntityKind.Person)) primary.AddParticipant(person.Key);
        var paragraph = document.Mentions.FirstOrDefault(m => m.EntityKey == primary.Key)?.Paragraph;
        if (paragraph is null) return;
        foreach (var mention in document.Mentions.Where(m => m.Paragraph == paragraph))
        {
            var kind = EntityKeys.KindOf(mention.EntityKey);
            if (kind is EntityKind.Organization or EntityKind.Country) primary.AddParticipant(mention.EntityKey);
        }
    }

    private static EntityDraft? AdoptedAt(ReleaseDocument document, EntityDraft doc, List<EntityDraft> events, EntityDraft? primary)
    {
        if (document.ListedDocuments.Contains(doc.Key) && doc.Date is { } listed)
            return events.FirstOrDefault(e => e.StartDate?.Date == listed.Date) ?? primary;
        if (doc.DocumentKind == DocumentKind.Resolution && doc.Number is { } number && doc.Date is { } date)
        {
            var session = number.Split('/')[0];
            foreach (var e in events.Where(e => e.StartDate is { Precision: DatePrecision.Month } s && s.Date.Year == date.Date.Year && s.Date.Month == date.Date.Month))
            {
                if (!SentencesOf(document, e.Key).Any(s => Regex.IsMatch(s, $@"\b{session}(st|nd|rd|th)\s+session\b", RegexOptions.IgnoreCase))) continue;
                e.StartDate = date;
                return e;
            }
            return null;
        }
        foreach (var sentence in SentencesOf(document, doc.Key))
        {
            // "On 5 April 2010 … signed a Joint Declaration": a sentence with its own date is not about the primary event.
            var own = DateExpressionsIn(sentence).FirstOrDefault(d => d.Date is { Precision: DatePrecision.Day } day && day != primary?.StartDate);
            if (own?.Date is { } ownDate)
            {
                doc.Date ??= ownDate;
                continue;
            }
            if (Adopted().IsMatch(sentence) && primary is not null)
            {
                doc.Date ??= primary.StartDate;
                return primary;
            }
        }
        return null;
    }

    private static IReadOnlyList<ScoGraphQL.Extraction.Parsing.DateExpression> DateExpressionsIn(string sentence) =>
        ScoGraphQL.Extraction.Parsing.DateExpressions.Find(sentence);

    private static IEnumerable<string> SentencesOf(ReleaseDocument document, string key)
    {
        foreach (var mention in document.Mentions.Where(m => m.EntityKey == key))
        {
            var paragraph = document.Paragraphs[mention.Paragraph];
            var (start, end) = paragraph.SentenceOf(mention.Start);
            yield return paragraph.Text[start..end];
        }
    }

    [GeneratedRegex(@"\b(adopted|approved|signed|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adopted();
}
