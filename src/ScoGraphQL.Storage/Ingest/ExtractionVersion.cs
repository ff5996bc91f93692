using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// Identifies the extraction code and knowledge that produced a release's entities. Builds are deterministic,
/// so the extraction assembly's module version id changes exactly when its code or embedded knowledge does:
/// re-seeding then re-extracts unchanged texts instead of keeping stale entities.
/// </summary>
public static class ExtractionVersion
{
    public static string Current { get; } = typeof(EntityExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
