using GraphQL;
using GraphQL.PersistedDocuments;

namespace ScoGraphQL.Api.TrustedDocuments;

/// <summary>
/// GraphQL.NET's persisted-document handler (resolves <c>documentId</c> before parsing; refuses free-form queries when
/// only trusted documents may run) with our error codes and messages that say what to send instead.
/// </summary>
public sealed class TrustedDocumentHandler(PersistedDocumentOptions options) : PersistedDocumentHandler(options)
{
    public const string NotFoundCode = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string TrustedOnlyCode = "TRUSTED_DOCUMENTS_ONLY";

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) => base.CreateExecutionResult(error switch
    {
        DocumentNotFoundError => new ExecutionError(
            "No trusted document has this documentId; ids are \"sha256:\" + the SHA-256 (lowercase hex) of a registered document's text.")
        { Code = NotFoundCode },
        DocumentIdMissingError => new ExecutionError(
            "This server runs only trusted documents: send {\"documentId\": \"sha256:<hex>\"} of a registered document instead of 'query'.")
        { Code = TrustedOnlyCode },
        _ => error,
    });
}
