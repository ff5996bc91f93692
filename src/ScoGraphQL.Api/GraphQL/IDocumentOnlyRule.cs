namespace ScoGraphQL.Api.GraphQL;

/// <summary>
/// A validation rule whose verdict on a query operation without variables depends only on the document text and the
/// server's settings, never on the request (its user, headers or variables). <see cref="DocumentCache"/> runs such rules
/// once per cached document and operation instead of on every request.
/// </summary>
/// <remarks>
/// A rule that looks at anything a request brings (the user, as the API key rule does for mutations) may still carry
/// this marker only if it cannot refuse a query: the cache skips these rules for queries only.
/// </remarks>
public interface IDocumentOnlyRule;
