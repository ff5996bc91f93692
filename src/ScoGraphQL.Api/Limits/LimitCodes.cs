namespace ScoGraphQL.Api.Limits;

/// <summary>The <c>extensions.code</c> of each rejection, so clients and dashboards can tell which limit a request hit.</summary>
public static class LimitCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxJsonDepthExceeded = "MAX_JSON_DEPTH_EXCEEDED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Page sizes keep the code every other bad argument has; <c>extensions.argument</c> names the argument.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
}
