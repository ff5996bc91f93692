using System.ComponentModel.DataAnnotations;

namespace ScoGraphQL.Api.TrustedDocuments;

/// <summary><c>GraphQL:TrustedDocuments*</c> settings.</summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>Refuse free-form <c>query</c> text: only <c>documentId</c>s of trusted documents run (TRUSTED_DOCUMENTS_ONLY).</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>Folder of <c>*.graphql</c> files; relative paths resolve against the application's folder, where the build copies them.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TrustedDocumentsPath { get; set; } = "trusted-documents";
}
