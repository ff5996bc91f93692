using GraphQL;

namespace ScoGraphQL.Api.Search;

/// <summary>A search query that does not parse: <c>extensions.code</c> is SEARCH_SYNTAX, the message says what is wrong.</summary>
public sealed class SearchSyntaxError : ExecutionError
{
    public SearchSyntaxError(string message) : base(message)
    {
        Code = "SEARCH_SYNTAX";
        Data["argument"] = "query";
    }
}
