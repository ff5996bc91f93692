using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Errors;

public static class PayloadFields
{
    public static void AddErrors<T>(ObjectGraphType<MutationPayload<T>> payload) =>
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Empty when the mutation succeeded.")
            .Resolve(ctx => ctx.Source.Errors);
}
