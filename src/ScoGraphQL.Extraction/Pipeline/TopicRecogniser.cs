using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>
/// What the release is about, from the topic vocabulary's keyword rules. Words inside the names of bodies and in
/// people's titles do not count ("Regional Anti-Terrorist Structure" is not a discussion of terrorism, "President
/// of Afghanistan" not of Afghanistan); bodies whose mandate is one topic imply it (UNODC: drug trafficking).
/// </summary>
internal sealed class TopicRecogniser : IRecogniser
{
    public void Apply(ReleaseDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var masked = Mask(paragraph);
            var lower = masked.ToLowerInvariant();
            var found = new List<(string Label, int Start, int End)>();
            foreach (var rule in document.Kb.Topics)
            {
                // A vectorised look for the literal start of a pattern spares most regex runs.
                if (rule.Needles.Count > 0 && !rule.Needles.Any(n => lower.Contains(n, StringComparison.Ordinal))) continue;
                foreach (System.Text.RegularExpressions.Match m in rule.Pattern.Matches(masked))
                {
                    // "the Ministers of Education": a portfolio names an office, not a subject.
                    if (document.Kb.TopicNotAfter is { } notAfter && notAfter.IsMatch(masked.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) continue;
                    found.Add((rule.Label, m.Index, m.Index + m.Length));
                }
            }
            foreach (var (label, start, end) in found)
            {
                // "information security" is not also "security", nor "the digital economy" "economy": the most specific topic says it.
                if (found.Any(o => o.Label != label && o.Start <= start && o.End >= end && o.End - o.Start > end - start)) continue;
                document.MentionChars(document.Entity(EntityKind.Topic, label), paragraph, start, end, asAlias: false);
            }
        }
        foreach (var (organization, topics) in document.ImpliedTopics)
        {
            if (!NamedForItself(document, organization)) continue;
            foreach (var label in topics) document.Entity(EntityKind.Topic, label);
        }
    }

    /// <summary>
    /// A body named for itself ("cooperation with UNODC"), not only inside a person's title ("Executive Director of
    /// UNODC") or a document's ("Memorandum … between the SCO Secretariat and UNODC"): only then is its mandate a subject.
    /// </summary>
    private static bool NamedForItself(ReleaseDocument document, string organization) =>
        document.Paragraphs.Any(p => p.Claims.Any(c => c.Kind == ClaimKind.Organization && c.Entity?.Key == organization
            && !p.IsClaimed(c.StartToken, c.EndToken, ClaimKind.Role, ClaimKind.Document)));

    private static string Mask(Paragraph paragraph)
    {
        var chars = paragraph.Text.ToCharArray();
        foreach (var claim in paragraph.Claims.Where(c => c.Kind is ClaimKind.Organization or ClaimKind.Role))
        {
            var start = paragraph.Tokens[claim.StartToken].Start;
            var end = paragraph.Tokens[claim.EndToken - 1].End;
            // "Centre for Combating Transnational Organised Crime", "Commission on Narcotic Drugs": a mandate written into the name is what the body is about.
            if (claim.Kind == ClaimKind.Organization && Mandate(paragraph, claim) is { } mandate) end = paragraph.Tokens[mandate].Start;
            for (var i = start; i < end; i++) chars[i] = ' ';
        }
        return new string(chars);
    }

    private static int? Mandate(Paragraph paragraph, Claim claim)
    {
        var tokens = paragraph.Tokens;
        for (var i = claim.StartToken + 1; i + 1 < claim.EndToken; i++)
        {
            if (tokens[i].Lower == "for" && Words.IsGerund(tokens[i + 1])) return i + 1;
            // "Commission on Narcotic Drugs": what a body is "on" is its subject too.
            if (tokens[i].Lower == "on" && tokens[i + 1].IsCapitalised) return i + 1;
        }
        return null;
    }
}
