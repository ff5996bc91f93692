using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace ScoGraphQL.Api.TrustedDocuments;

/// <summary>
/// The trusted documents, by id (<c>sha256:</c> + the lowercase hex SHA-256 of the UTF-8 text): the folder's
/// <c>*.graphql</c> files, read once at start-up, and any registered at run time (kept in memory only).
/// GraphQL.NET's persisted-document handler asks it for the text of a <c>documentId</c>.
/// </summary>
public sealed class TrustedDocumentStore : IPersistedDocumentLoader
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public TrustedDocumentStore(IOptions<TrustedDocumentOptions> options, ILogger<TrustedDocumentStore> logger)
    {
        var folder = Path.GetFullPath(options.Value.TrustedDocumentsPath, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Trusted documents folder {TrustedDocumentsPath} does not exist; none registered at start-up", folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Register(File.ReadAllText(file, Encoding.UTF8));
            logger.LogInformation("Trusted document {File} is {DocumentId}", Path.GetRelativePath(folder, file), id);
        }
    }

    public int Count => _documents.Count;

    /// <summary>The id a client sends for <paramref name="text"/>.</summary>
    public static string IdOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <returns>The document's id.</returns>
    public string Register(string text)
    {
        var id = IdOf(text);
        _documents[id] = text;
        return id;
    }

    /// <summary>The text of a trusted document, or null; <paramref name="documentId"/> is the whole id, e.g. <c>sha256:ab12…</c>.</summary>
    public string? Find(string? documentId) =>
        documentId is not null && _documents.TryGetValue(documentId, out var text) ? text : null;

    ValueTask<string?> IPersistedDocumentLoader.GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(Find(documentIdPrefix + ":" + documentIdPayload));
}
