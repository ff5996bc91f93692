using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Knowledge;

internal sealed record CountryEntry(string Name, string IsoCode, IReadOnlyList<string> Forms);

internal sealed record PlaceEntry(string Name, string? CountryIso, IReadOnlyList<string> Aliases);

internal sealed record OrganizationEntry(string Name, string? Parent, IReadOnlyList<string> Acronyms, IReadOnlyList<string> Aliases, IReadOnlyList<string> Topics);

internal sealed record DocumentEntry(string Name, DocumentKind Kind, IReadOnlyList<string> Aliases);

/// <param name="Needles">Literal beginnings of the patterns: the rule's regex runs only on text that contains one (empty: always).</param>
internal sealed record TopicRule(string Label, System.Text.RegularExpressions.Regex Pattern, IReadOnlyList<string> Needles);

internal sealed record ScoStatusPeriod(string IsoCode, ScoStatus Status, DateOnly From, DateOnly? Until);

/// <summary>An event word and the words that must precede it ("round" before "table").</summary>
internal sealed record EventTrigger(string Label, IReadOnlyList<string> Before);
