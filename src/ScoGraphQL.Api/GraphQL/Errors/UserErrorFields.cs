using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Errors;

public static class UserErrorFields
{
    /// <summary>Makes <paramref name="type"/> a <c>UserError</c>: the interface, its two fields, and type resolution.</summary>
    public static void AddTo<TError>(ObjectGraphType<TError> type) where TError : UserError
    {
        type.Interface<UserErrorType>();
        type.IsTypeOf = value => value is TError;
        type.Field<NonNullGraphType<StringGraphType>>("message").Resolve(ctx => ctx.Source.Message);
        type.Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
    }
}
