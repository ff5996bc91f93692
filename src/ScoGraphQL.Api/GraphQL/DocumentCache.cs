using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// Parsed and validated documents by their text, so a client that sends the same query again (with any variables)
/// skips parsing and the validation rules that cannot change their verdict. Bounded by the total length of the
/// cached texts; only documents that passed validation are kept.
/// </summary>
/// <remarks>
/// On a hit, the rules registered for cached documents still run (API key, operation shape, introspection), and so
/// does the cost rule: a page size given as a variable changes the cost from one request to the next, and every
/// executed operation reports its cost.
/// </remarks>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>Total characters of cached query texts: about ten times that in memory for their syntax trees.</summary>
    public const long MaxCachedCharacters = 1_000_000;

    /// <summary>A longer text is parsed every time rather than evicting many small ones.</summary>
    public const int MaxCachedQueryLength = 32 * 1024;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxCachedCharacters });

    /// <summary>After the trusted-document handler (200): a free-form query it refuses never gets here, and a documentId is already resolved to its text.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: <= MaxCachedQueryLength } query) return await next(options);

        if (_documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = (options.CachedDocumentValidationRules ?? [])
                .Concat((options.ValidationRules ?? []).OfType<ComplexityValidationRule>())
                .ToList();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
