using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Tests.Extraction;

/// <summary>Runs the whole pipeline over a few sentences written as a release.</summary>
internal static class Extract
{
    private static readonly EntityExtractor Extractor = new();

    public static ExtractionResult From(string body, string title = "Test release", IKnownEntities? known = null)
    {
        var release = new ReleaseParser().Parse(title + "\n\n" + body);
        return known is null ? Extractor.Extract(release) : Extractor.Extract(release, known);
    }

    public static ExtractedEntity Single(this ExtractionResult result, EntityKind kind, string name) =>
        Assert.Single(result.Entities, e => e.Kind == kind && e.Name == name);

    public static IEnumerable<string> RolesOf(this ExtractionResult result, string person) =>
        result.Roles.Where(r => r.PersonKey == EntityKeys.For(EntityKind.Person, person)).Select(r => r.Title);

    public static IEnumerable<string> Names(this ExtractionResult result, EntityKind kind) =>
        result.Entities.Where(e => e.Kind == kind).Select(e => e.Name);
}
