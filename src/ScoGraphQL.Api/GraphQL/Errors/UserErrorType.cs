using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Errors;

public sealed class UserErrorType : InterfaceGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected failure, returned as data.";
        Field<NonNullGraphType<StringGraphType>>("message");
        Field<NonNullGraphType<StringGraphType>>("code").Description("e.g. VALIDATION, NOT_FOUND, DUPLICATE, CONFLICT.");
    }
}
