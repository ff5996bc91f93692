using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Storage.Ingest;

/// <summary>
/// Identifies the code and knowledge that produced a release's stored records: the extraction assembly (with its
/// embedded knowledge) and the storage assembly that derives entities from it. Builds are deterministic, so a
/// module version id changes exactly when its code does: re-seeding then re-derives unchanged texts instead of
/// keeping records an older version produced.
/// </summary>
public static class ExtractionVersion
{
    public static string Current { get; } =
        typeof(EntityExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(ExtractionVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
