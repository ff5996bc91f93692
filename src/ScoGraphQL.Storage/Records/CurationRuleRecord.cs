namespace ScoGraphQL.Storage.Records;

/// <summary>
/// What a curator decided about one entity key. Stored apart from the extracted facts, so it is applied
/// again whenever a release is stored or an entity recomputed: re-extraction and re-seeding cannot undo it.
/// </summary>
public sealed class CurationRuleRecord
{
    /// <summary>The entity key the rule is about.</summary>
    public string Id { get; set; } = "";

    /// <summary>Merge: every fact, mention and role extracted under this key is stored under this other key.</summary>
    public string? MergedInto { get; set; }

    /// <summary>Rename: the canonical name, whatever the releases say.</summary>
    public string? Name { get; set; }

    /// <summary>Set aliases: the full list of other names; null leaves the extracted aliases.</summary>
    public List<string>? Aliases { get; set; }
}
