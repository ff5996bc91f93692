using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using ScoGraphQL.Api.Limits;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// Parsed and validated documents by their text, so a client that sends the same query again (with any variables)
/// skips parsing and the validation rules that cannot change their verdict. Bounded by the total length of the
/// cached texts; only documents that passed validation are kept.
/// </summary>
/// <remarks>
/// On a hit, the rules registered for cached documents still run (API key, operation shape, introspection), and so
/// does the cost rule: a page size given as a variable changes the cost from one request to the next, and every
/// executed operation reports its cost. The exception is a query without variables, the common case of a client
/// sending one fixed query: its cost, and the verdict of every <see cref="IDocumentOnlyRule"/>, cannot change, so they
/// are remembered with the document (per operation name) and reported again without walking the document twice more.
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

        if (_documents.TryGetValue(query, out CachedDocument? cached))
        {
            options.Document = cached!.Document;
            var cost = OperationCost.From(options.UserContext);
            if (cached.Verdict is { } verdict && verdict.OperationName == options.OperationName && cost is not null)
            {
                verdict.CopyTo(cost);
                options.ValidationRules = RequestRules(options.CachedDocumentValidationRules);
                return await next(options);
            }
            options.ValidationRules = (options.CachedDocumentValidationRules ?? [])
                .Concat((options.ValidationRules ?? []).OfType<ComplexityValidationRule>())
                .ToList();
            var rerun = await next(options);
            cached.Remember(options, rerun);
            return rerun;
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            var entry = new CachedDocument(document);
            entry.Remember(options, result);
            _documents.Set(query, entry, new MemoryCacheEntryOptions { Size = query.Length });
        }
        return result;
    }

    public void Dispose() => _documents.Dispose();

    /// <summary>The cached-document rules that may look at the request: without any, the validator does not walk the document.</summary>
    private static List<IValidationRule> RequestRules(IEnumerable<IValidationRule>? rules)
    {
        var kept = new List<IValidationRule>();
        foreach (var rule in rules ?? [])
        {
            if (rule is not IDocumentOnlyRule) kept.Add(rule);
        }
        return kept;
    }

    private sealed class CachedDocument(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        /// <summary>Set once an execution of a variable-free query operation passed every rule; null otherwise.</summary>
        public Verdict? Verdict { get; private set; }

        /// <summary>Keeps the outcome of a validation that ran every rule, when it cannot differ for a later request.</summary>
        public void Remember(ExecutionOptions options, ExecutionResult result)
        {
            if (Verdict is not null || !result.Executed) return;
            if (result.Operation is not { Operation: OperationType.Query } operation || operation.Variables is { Items.Count: > 0 }) return;
            if (OperationCost.From(options.UserContext) is not { Requested: { } requested } cost) return;
            Verdict = new Verdict(options.OperationName, requested, cost.Limit, cost.Depth);
        }
    }

    /// <summary>What the cost and shape rules reported for one operation of the document.</summary>
    private sealed record Verdict(string? OperationName, double Requested, int Limit, int Depth)
    {
        public void CopyTo(OperationCost cost)
        {
            cost.Requested = Requested;
            cost.Limit = Limit;
            cost.Depth = Depth;
        }
    }
}
