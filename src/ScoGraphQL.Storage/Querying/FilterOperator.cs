namespace ScoGraphQL.Storage.Querying;

public enum FilterOperator
{
    Eq,
    Neq,
    /// <summary>Case-insensitive substring.</summary>
    Contains,
    NotContains,
    /// <summary>Case-insensitive prefix.</summary>
    StartsWith,
    In,
    NotIn,
    Gt,
    Gte,
    Lt,
    Lte,
}
