namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>The <c>code</c> of each <c>UserError</c>, and the one of the GraphQL error for a mutation without the API key.</summary>
public static class UserErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Duplicate = "DUPLICATE";
    /// <summary>The value is well-formed but collides with stored data (a taken slug).</summary>
    public const string Conflict = "CONFLICT";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
}
