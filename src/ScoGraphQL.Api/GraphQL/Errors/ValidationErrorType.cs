using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Errors;

public sealed class ValidationErrorType : ObjectGraphType<FieldError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input value that breaks a rule; code CONFLICT when it collides with stored data (a taken slug).";
        UserErrorFields.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field at fault, e.g. input.title.").Resolve(ctx => ctx.Source.Field);
    }
}
