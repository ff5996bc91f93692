namespace ScoGraphQL.Extraction.Pipeline;

/// <summary>One step of the extraction pipeline: reads the document and adds entities, mentions or claims to it.</summary>
internal interface IRecogniser
{
    void Apply(ReleaseDocument document);
}
